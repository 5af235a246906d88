import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, type MetadataStorage } from 'class-validator';
import { MAX_YEAR } from '../../../domain/shared/guards';
import { IS_INTEGER_TEXT } from '../../../modules/shared/integer-query';
import { EARLIEST_TIME_YEAR } from '../../../modules/shared/validators';

type ValidationMetadata = Parameters<MetadataStorage['groupByPropertyName']>[0][number];
type Schema = SchemaObject & { additionalProperties?: SchemaObject | ReferenceObject | boolean };
type Class = abstract new (...args: never[]) => unknown;
type ValidatedClass = Parameters<MetadataStorage['getTargetValidationMetadatas']>[0];
type TypedClass = Parameters<typeof defaultMetadataStorage.findTypeMetadata>[0];

export const DATE_TIME_DESCRIPTION =
  'An ISO 8601 time with an explicit offset, `Z` or `±hh:mm` up to ±14:00 (a time without one ' +
  `is refused), a real calendar date from ${EARLIEST_TIME_YEAR} to ${MAX_YEAR}; stored and returned in UTC.`;
const DATE_TIME_EXAMPLE = '2025-03-02T08:30:00+08:00';

/** Validators that only set the schema's type. */
const TYPES: Record<string, SchemaObject['type']> = {
  isString: 'string',
  isInt: 'integer',
  isNumber: 'number',
  isBoolean: 'boolean',
  isObject: 'object',
};

/** Validators that only set the schema's format. */
const FORMATS: Record<string, string> = { isEmail: 'email', isUUID: 'uuid', isUrl: 'uri' };

/** Validators whose first constraint is a bound; the array ones bound the list itself. */
const BOUNDS: Record<
  string,
  'maxLength' | 'minLength' | 'minimum' | 'maximum' | 'maxItems' | 'minItems'
> = {
  maxLength: 'maxLength',
  minLength: 'minLength',
  min: 'minimum',
  max: 'maximum',
  arrayMaxSize: 'maxItems',
  arrayMinSize: 'minItems',
};

export interface DtoProperty {
  name: string;
  required: boolean;
  schema: SchemaObject | ReferenceObject;
}

/** Per-property accumulation: the value itself, and its items when the value is a list. */
interface Draft {
  self: Schema;
  item: Schema;
  optional: boolean;
  notEmpty: { self: boolean; item: boolean };
  nested: boolean;
  notes: string[];
}

/**
 * JSON Schemas of request DTOs, read from the class-validator decorators that the validation pipe
 * enforces (and class-transformer's `@Type` for nested objects), so the document cannot drift from
 * what the API accepts. Every DTO schema is closed (`additionalProperties: false`): the pipe
 * refuses unknown fields.
 */
export class DtoSchemas {
  readonly schemas: Record<string, SchemaObject> = {};
  private readonly names = new Map<Class, string>();
  /** Validator names met on DTOs that this builder does not map (kept for a test to flag). */
  readonly unmapped = new Set<string>();

  /** Registers the DTO (and its nested DTOs) and answers a reference to its component schema. */
  ref(dto: Class): ReferenceObject {
    return { $ref: `#/components/schemas/${this.register(dto)}` };
  }

  /** The DTO's properties, each with its own schema: for query parameters. */
  properties(dto: Class): DtoProperty[] {
    return Object.entries(this.drafts(dto)).map(([name, draft]) => ({
      name,
      required: !draft.optional,
      schema: this.finish(dto, name, draft),
    }));
  }

  private register(dto: Class): string {
    const known = this.names.get(dto);
    if (known) return known;
    const base = dto.name || 'Anonymous';
    const taken = new Set(this.names.values());
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    this.names.set(dto, name);
    this.schemas[name] = { type: 'object' }; // placeholder while nested DTOs refer back
    const properties = this.properties(dto);
    const required = properties.filter((p) => p.required).map((p) => p.name);
    this.schemas[name] = {
      type: 'object',
      properties: Object.fromEntries(properties.map((p) => [p.name, p.schema])),
      ...(required.length > 0 ? { required } : {}),
      additionalProperties: false,
      description: 'Unknown fields are refused (400).',
    } as Schema;
    return name;
  }

  private drafts(dto: Class): Record<string, Draft> {
    const storage = getMetadataStorage();
    const grouped = storage.groupByPropertyName(
      storage.getTargetValidationMetadatas(dto as unknown as ValidatedClass, '', false, false),
    );
    return Object.fromEntries(
      Object.entries(grouped).map(([property, metadata]) => [property, this.draft(metadata)]),
    );
  }

  private draft(metadata: ValidationMetadata[]): Draft {
    const draft: Draft = {
      self: {},
      item: {},
      optional: false,
      notEmpty: { self: false, item: false },
      nested: false,
      notes: [],
    };
    for (const m of metadata) this.apply(draft, m);
    return draft;
  }

  private apply(draft: Draft, m: ValidationMetadata): void {
    const name = m.name ?? m.type;
    const target = m.each ? draft.item : draft.self;
    const c = m.constraints ?? [];
    const listOf = (value: unknown): unknown[] =>
      Array.isArray(value) ? value : Object.values(value as object);
    if (Object.hasOwn(TYPES, name)) {
      target.type = TYPES[name];
      return;
    }
    if (Object.hasOwn(FORMATS, name)) {
      target.format = FORMATS[name];
      return;
    }
    if (Object.hasOwn(BOUNDS, name)) {
      (name.startsWith('array') ? draft.self : target)[BOUNDS[name]] = c[0] as number;
      return;
    }
    switch (name) {
      case 'isOptional':
        draft.optional = true;
        return;
      case 'validateIf':
        draft.optional = true;
        draft.notes.push('Required only in some cases (see the description of the operation).');
        return;
      case 'isDefined':
        return;
      case 'isArray':
        draft.self.type = 'array';
        return;
      case 'isIn':
      case 'isEnum':
        target.enum = [...new Set(listOf(c[0]))];
        return;
      case 'equals':
        target.enum = [c[0]];
        return;
      case IS_INTEGER_TEXT:
        target.type = 'integer';
        target.minimum = c[0] as number;
        target.maximum = c[1] as number;
        return;
      case 'matches':
        target.pattern = c[0] instanceof RegExp ? c[0].source : String(c[0]);
        return;
      case 'length':
        target.minLength = c[0] as number;
        if (typeof c[1] === 'number') target.maxLength = c[1];
        return;
      case 'arrayNotEmpty':
        draft.self.minItems = Math.max(draft.self.minItems ?? 0, 1);
        return;
      case 'arrayUnique':
        draft.self.uniqueItems = true;
        return;
      case 'isNotEmpty':
        draft.notEmpty[m.each ? 'item' : 'self'] = true;
        return;
      case 'isISO8601':
      case 'isDateString':
      case 'isDateTimeWithOffset':
        target.type = 'string';
        target.format = 'date-time';
        target.description = DATE_TIME_DESCRIPTION;
        target.example = DATE_TIME_EXAMPLE;
        return;
      case 'nestedValidation':
        draft.nested = true;
        return;
      case 'whitelistValidation':
        return;
      default:
        this.unmapped.add(name);
        draft.notes.push(`Also checked by the \`${name}\` validator.`);
    }
  }

  private finish(dto: Class, property: string, draft: Draft): SchemaObject | ReferenceObject {
    const nestedType = draft.nested ? this.nestedType(dto, property) : undefined;
    const self: Schema = { ...draft.self };
    const item: Schema = { ...draft.item };
    if (draft.notEmpty.item && item.type === 'string') item.minLength ??= 1;
    if (draft.notEmpty.self && self.type === 'string') self.minLength ??= 1;
    for (const schema of [self, item]) {
      if (!schema.type && schema.enum?.every((value) => typeof value === 'string')) {
        schema.type = 'string';
      }
    }
    if (draft.notes.length > 0) self.description = draft.notes.join(' ');
    const isList = self.type === 'array' || Object.keys(item).length > 0;
    if (isList) {
      const { type: _type, ...rest } = self;
      return {
        ...rest,
        type: 'array',
        items: nestedType ? this.ref(nestedType) : item,
      };
    }
    if (nestedType) {
      const { type: _type, ...rest } = self;
      return Object.keys(rest).length > 0
        ? { ...rest, allOf: [this.ref(nestedType)] }
        : this.ref(nestedType);
    }
    if (!self.type) Object.assign(self, this.designType(dto, property));
    return self;
  }

  private nestedType(dto: Class, property: string): Class | undefined {
    const meta = defaultMetadataStorage.findTypeMetadata(dto as unknown as TypedClass, property);
    const type = meta?.typeFunction() as Class | undefined;
    return type && type !== (Object as unknown) ? type : undefined;
  }

  /** Without a type validator, the declared TypeScript type (from decorator metadata). */
  private designType(dto: Class, property: string): Schema {
    const type = Reflect.getMetadata('design:type', dto.prototype as object, property) as unknown;
    if (type === String) return { type: 'string' };
    if (type === Number) return { type: 'number' };
    if (type === Boolean) return { type: 'boolean' };
    if (type === Array) return { type: 'array', items: {} };
    return {};
  }
}
