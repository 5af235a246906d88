import type { Content } from 'pdfmake/interfaces';
import type { EventRef } from '../../../domain/assessment/facts';
import { dataTable, eventLines } from './tables';

/**
 * The events each line of a document rests on, numbered as the lines cite them (`[3]`), for the
 * appendix: a reader checks a line against the record by these ids.
 */
export class Evidence {
  private readonly cited: { line: string; events: readonly EventRef[] }[] = [];

  /** The citation mark for a line's events (`[n]`), or an empty cell when it rests on none. */
  cite(line: string, events: readonly EventRef[]): string {
    if (events.length === 0) return '';
    this.cited.push({ line, events });
    return `[${this.cited.length}]`;
  }

  get empty(): boolean {
    return this.cited.length === 0;
  }

  /** 附：依据事件, small print: the mark, the line, each stream with its event ids. */
  appendix(): Content[] {
    if (this.empty) return [];
    return [
      { text: '附：依据事件', style: 'section', margin: [0, 20, 0, 6] },
      {
        text: '每行所依据的事件（事件流：事件编号），可据此在审计记录中逐条核对。',
        style: 'note',
        margin: [0, 0, 0, 6],
      },
      dataTable(
        [
          { header: '引用', width: 26, align: 'center' },
          { header: '所依据的行', width: 120 },
          { header: '事件流：事件编号', width: '*' },
        ],
        this.cited.map(({ line, events }, i) => [`[${i + 1}]`, line, eventLines(events)]),
        7,
      ),
    ];
  }
}
