import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { asBuffer, useTestApp } from './support/api';

describe('the workbook over text stored before the character rule', () => {
  const api = useTestApp();

  const post = async (path: string, body: object, status = 201) => {
    const response = await api.post(`${path}`, body);
    if (response.status !== status) throw new Error(`${path}: ${JSON.stringify(response.body)}`);
    return response.body as { position: number };
  };

  it('replaces characters XML cannot carry and stays a well-formed workbook', async () => {
    await post('/units', { id: 'D', name: '区', kind: 'district' });
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
    await post(
      '/units/D/appointments',
      { personId: 'PD', personName: '区长', post: 'principal', from: '2024-01-01T00:00:00+08:00' },
      200,
    );
    await post(
      '/units/T1/appointments',
      { personId: 'P1', personName: '镇长', post: 'principal', from: '2024-01-01T00:00:00+08:00' },
      200,
    );
    const signed = await post('/agreements', {
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
    const response = await api
      .get(`/assessments/2025/export.xlsx?minPosition=${signed.position}`)
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const rows = workbook.getWorksheet('考核排名')!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((row) => row[3])).toEqual(['城\ufffd关\ufffd镇\ufffd']);
  });
});
