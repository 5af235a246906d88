import type { Decider, DomainEvent } from '../../../src/domain/shared/decider';
import { DomainError, type DomainErrorKind } from '../../../src/domain/shared/errors';

/** Given events / when command / then events or refusal, for any decider. */
export function spec<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(events: E[]) {
      const state = events.reduce((s, e) => decider.evolve(s, e), decider.initialState());
      return {
        state,
        when(command: C) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: E[]) {
              expect(run()).toEqual(expected);
            },
            thenMatches(expected: Array<Partial<E> & { type: string }>) {
              const events = run();
              expect(events).toHaveLength(expected.length);
              expected.forEach((e, i) => expect(events[i]).toMatchObject(e));
              return events;
            },
            thenThrows(kind: DomainErrorKind, code?: string) {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              expect((caught as DomainError).kind).toBe(kind);
              if (code) expect((caught as DomainError).code).toBe(code);
            },
            events: run,
          };
        },
      };
    },
  };
}
