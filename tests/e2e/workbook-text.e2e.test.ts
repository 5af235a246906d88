import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { asBuffer, useTestApp } from './support/api';
import { appoint, district, seedTree } from './support/tree';

describe('the workbook over text stored before the character rule', () => {
  const api = useTestApp();

  it('replaces characters XML cannot carry and stays a well-formed workbook', async () => {
    await seedTree(api, [district('D', '区')]);
    await api.t.app.get<EventStore>(EVENT_STORE).append(
      'unit-T1',
      [
        {
          id: randomUUID(),
          type: 'UnitRegistered',
          data: { id: 'T1', name: '城\uffff关\u0001镇\ud800', kind: 'town', parentId: 'D' },
          metadata: { actorId: 'old-release', actorRole: 'admin', requestId: 'r-old' },
        },
      ],
      'no_stream',
    );
    const from = '2024-01-01T00:00:00+08:00';
    await appoint(api, 'D', 'PD', 'principal', from, '区长');
    await appoint(api, 'T1', 'P1', 'principal', from, '镇长');
    await api.write('/agreements', {
      id: 'A-T1',
      year: 2025,
      issuerUnitId: 'D',
      responsibleUnitId: 'T1',
      signedAt: '2025-01-15T10:00:00+08:00',
      signatories: [
        { personId: 'PD', post: 'principal' },
        { personId: 'P1', post: 'principal' },
      ],
      tasks: [{ code: 'K1', title: '任务', weight: 60 }],
    });
    const response = await api.read('/assessments/2025/export.xlsx').buffer(true).parse(asBuffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const rows = workbook.getWorksheet('考核排名')!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((row) => row[3])).toEqual(['城\ufffd关\ufffd镇\ufffd']);
  });
});
