import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { routeOf } from '../../../src/modules/auth/route.decorator';
import { RecordUnitStatisticsCommand } from '../../../src/modules/units/handlers/record-unit-statistics.handler';
import { UnitsController } from '../../../src/modules/units/units.controller';
import { UnitStatisticsDto } from '../../../src/modules/units/units.dto';
import { UnitsModule } from '../../../src/modules/units/units.module';
import { RecordUnitStatisticsHandler } from '../../../src/modules/units/handlers/record-unit-statistics.handler';
import { UseCase } from '../../../src/modules/shared/use-case';

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const PAGE = read('docs/adding-a-command.md');

/** Every `code span` of the page. */
const spans = [...PAGE.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]);
/** The code spans that name a file of the repository. */
const paths = [...new Set(spans.filter((span) => /^(src|tests|docs)\/[\w./-]+\.\w+$/.test(span)))];
/** The files the page says are gone: "there is no `…`". */
const gone = [...PAGE.matchAll(/there is no\s+`([^`]+)`/g)].map((match) => match[1]);

/** Each symbol the page names in a code span, and the file that must export it. */
const SYMBOLS: Record<string, string> = {
  UseCase: 'src/modules/shared/use-case.ts',
  validBody: 'src/modules/shared/use-case.ts',
  CommandContext: 'src/modules/shared/command-context.ts',
  AggregateExecutor: 'src/modules/shared/aggregate-executor.ts',
  claimThenWrite: 'src/modules/shared/claim.ts',
  Route: 'src/modules/auth/route.decorator.ts',
  demoCommand: 'src/cli/demo/types.ts',
  DomainError: 'src/domain/shared/errors.ts',
  ruleViolation: 'src/domain/shared/errors.ts',
  stateConflict: 'src/domain/shared/errors.ts',
  notFound: 'src/domain/shared/errors.ts',
  OptionalAmount: 'src/modules/shared/validators.ts',
  OptionalCount: 'src/modules/shared/validators.ts',
  RequiredTime: 'src/modules/shared/validators.ts',
  RecordUnitStatistics: 'src/domain/units/commands.ts',
  decideStatistics: 'src/domain/units/decide-statistics.ts',
  unitDecider: 'src/domain/units/decider.ts',
  UnitStatisticsDto: 'src/modules/units/units.dto.ts',
  unitAggregate: 'src/modules/units/unit-result.ts',
  unitResult: 'src/modules/units/unit-result.ts',
  RecordUnitStatisticsCommand: 'src/modules/units/handlers/record-unit-statistics.handler.ts',
  RecordUnitStatisticsHandler: 'src/modules/units/handlers/record-unit-statistics.handler.ts',
  CONTEXT_MODULES: 'src/app.module.ts',
  spec: 'tests/unit/domain/decider-spec.ts',
  useTestApp: 'tests/e2e/support/api.ts',
  expectProblem: 'tests/e2e/support/api.ts',
};
/** Symbols of the framework, and code spans that are words rather than symbols. */
const NOT_OURS = new Set([
  'CommandHandler',
  ...['type', 'now', 'mode', 'label', 'create', 'update', 'upsert', 'providers', 'examples'],
]);

/** `Name`, `@Name`, `Name<…>`, `Name(…)`, `@Name({ … })` → Name; anything else → undefined. */
const symbolOf = (span: string): string | undefined =>
  /^@?([A-Za-z_]\w*)(<.*>)?(\(.*\))?$/.exec(span)?.[1];

const exports = (file: string, name: string): boolean =>
  new RegExp(
    `export\\s+(declare\\s+)?(abstract\\s+)?(class|interface|type|const|let|enum|function|async\\s+function)\\s+${name}\\b`,
  ).test(read(file));

/** The walk-through's files, whose text the page's code blocks must be taken from. */
const WALKED = [
  'src/domain/units/commands.ts',
  'src/domain/units/decider.ts',
  'src/modules/units/units.dto.ts',
  'src/modules/units/handlers/record-unit-statistics.handler.ts',
  'src/modules/units/units.controller.ts',
  'src/modules/units/unit-result.ts',
];

describe('docs/adding-a-command.md', () => {
  it('names files that exist', () => {
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.filter((path) => !gone.includes(path) && !existsSync(join(ROOT, path)))).toEqual(
      [],
    );
  });

  it('names files that are gone only when they are', () => {
    expect(gone.length).toBeGreaterThanOrEqual(3);
    expect(gone.filter((path) => existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('names each symbol with the file that exports it', () => {
    const named = [...new Set(spans.map(symbolOf))].filter(
      (name): name is string => name !== undefined && !NOT_OURS.has(name),
    );
    expect(named.filter((name) => !(name in SYMBOLS))).toEqual([]);
    expect(named.filter((name) => !PAGE.includes(`\`${SYMBOLS[name]}\``))).toEqual([]);
    expect(named.filter((name) => !exports(SYMBOLS[name], name))).toEqual([]);
  });

  it('quotes its code from the files of the walk-through', () => {
    const source = WALKED.map(read)
      .join('\n')
      .split('\n')
      .map((line) => line.trim());
    const blocks = [...PAGE.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const quoted = blocks
      .flatMap((block) => block.split('\n'))
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.includes('…'));
    expect(quoted.filter((line) => !source.includes(line))).toEqual([]);
  });

  it('walks through a command that has every piece it names', () => {
    // The command class: a UseCase naming its DTO once.
    expect(Object.getPrototypeOf(RecordUnitStatisticsCommand)).toBe(UseCase);
    expect(RecordUnitStatisticsCommand.dto).toBe(UnitStatisticsDto);
    const handler = read('src/modules/units/handlers/record-unit-statistics.handler.ts');
    expect(handler).toContain('extends UseCase<');
    expect(handler).toContain('@CommandHandler(RecordUnitStatisticsCommand)');
    expect(handler).toContain('private readonly aggregates: AggregateExecutor');
    // The controller method, declared by @Route, sends the command.
    const route = routeOf(UnitsController.prototype.recordStatistics);
    expect(route).toBeDefined();
    expect(PAGE).toContain(route!.summary);
    expect(read('src/modules/units/units.controller.ts')).toContain(
      'new RecordUnitStatisticsCommand(',
    );
    // The module provides the handler.
    expect(Reflect.getMetadata(MODULE_METADATA.PROVIDERS, UnitsModule)).toContain(
      RecordUnitStatisticsHandler,
    );
    // The decider sends the command to its decision; the tests exercise both sides.
    expect(read('src/domain/units/decider.ts')).toContain(
      'return decideStatistics(command, state)',
    );
    expect(read('tests/unit/domain/units/statistics.test.ts')).toContain('spec(unitDecider)');
    expect(read('tests/e2e/units.e2e.test.ts')).toContain("put('/units/D1/statistics/2025'");
    // The demo builds the same command class.
    expect(read('src/cli/demo/setup.ts')).toMatch(/demoCommand\(\s*RecordUnitStatisticsCommand,/);
  });

  it('names the script that writes docs/authorization.md', () => {
    expect(PAGE).toContain('`npm run docs:authorization`');
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(scripts['docs:authorization']).toContain('tests/unit/auth/authorization-doc.test.ts');
  });
});
