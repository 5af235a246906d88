import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { appendFileSync } from 'node:fs';
import type { Response } from 'supertest';
import { buildOpenApiDocument } from '../../../src/infrastructure/http/openapi';

const PREFIX = '/api/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const JSON_TYPES = /^application\/(problem\+)?json/;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  /** Path parameters: fewer match first, so `/agreements/coverage` beats `/agreements/{id}`. */
  params: number;
  responses: OperationObject['responses'];
}

/**
 * The OpenAPI document of an application as a judge of its answers: every JSON answer the e2e
 * suite receives must have a documented status and match that status's schema. With
 * `CONTRACT_REPORT=<file>`, each checked answer is appended to the file (`METHOD template status`),
 * to measure which operations the suite covers.
 */
export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'https://safety.invalid/api', components: document.components });
    for (const [template, item] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const source = template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+');
        this.operations.push({
          method,
          template,
          pattern: new RegExp(`^${source}$`),
          params: (template.match(/\{/g) ?? []).length,
          responses: operation.responses,
        });
      }
    }
    this.operations.sort((a, b) => a.params - b.params);
  }

  /** Throws when a JSON answer to `method url` is not what the document says. */
  check(method: string, url: string, response: Response): void {
    const path = new URL(url, 'http://x').pathname;
    if (!path.startsWith(`${PREFIX}/`)) return;
    const type = String(response.headers['content-type'] ?? '');
    if (!JSON_TYPES.test(type)) return;
    const apiPath = path.slice(PREFIX.length);
    const operation = this.operations.find((o) => o.method === method && o.pattern.test(apiPath));
    if (!operation) return; // the router's own 404 for an unknown route: no operation to judge
    const where = `${method.toUpperCase()} ${operation.template} → ${response.status}`;
    const answer = operation.responses[String(response.status)] as ResponseObject | undefined;
    if (!answer) throw new Error(`${where}: status not in the OpenAPI document`);
    const media = type.split(';')[0].trim();
    const schema = answer.content?.[media]?.schema;
    if (!schema) throw new Error(`${where}: ${media} not in the OpenAPI document`);
    const validate = this.validator(JSON.stringify(schema), schema);
    if (!validate(response.body)) {
      const errors = (validate.errors ?? [])
        .map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
        .join('\n  ');
      throw new Error(`${where}: the answer does not match its schema:\n  ${errors}`);
    }
    const report = process.env.CONTRACT_REPORT;
    if (report) appendFileSync(report, `${where}\n`);
  }

  private validator(key: string, schema: object): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      const local = JSON.stringify(schema).replaceAll(
        '"#/components/',
        '"https://safety.invalid/api#/components/',
      );
      validate = this.ajv.compile(JSON.parse(local) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

const contracts = new WeakMap<INestApplication, Contract>();

/** The contract of an application in this process, built once. */
export function contractOf(app: INestApplication): Contract {
  let contract = contracts.get(app);
  if (!contract) {
    contract = new Contract(buildOpenApiDocument(app));
    contracts.set(app, contract);
  }
  return contract;
}
