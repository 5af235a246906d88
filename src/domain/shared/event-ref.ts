/** The event behind a fact, as explanations show it (`<kind>-<id>` stream and event id). */
export interface EventRef {
  readonly streamId: string;
  readonly eventId: string;
}
