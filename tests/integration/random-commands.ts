import { Rng } from '../../src/world/prng';

/** A seeded stream of HTTP commands over every context, valid and invalid, for convergence tests. */
export interface HttpCommand {
  method: 'post' | 'put';
  path: string;
  body: object;
}

const INDUSTRIES = [
  'construction',
  'hazardous_chemicals',
  'road_traffic',
  'industry_trade',
  'fire',
];
const at = (day: number, hour = 9) => new Date(Date.UTC(2025, 0, 1 + day, hour - 8)).toISOString();

export function randomCommands(seed: number, count: number): HttpCommand[] {
  const rng = new Rng(seed);
  const random = () => rng.next();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const int = (max: number) => Math.floor(random() * max);
  const commands: HttpCommand[] = [
    { method: 'post', path: '/units', body: { id: 'D', name: '区', kind: 'district' } },
    {
      method: 'post',
      path: '/units',
      body: {
        id: 'B',
        name: '住建局',
        kind: 'department',
        parentId: 'D',
        regulatedIndustries: ['construction'],
      },
    },
    {
      method: 'post',
      path: '/units/D/appointments',
      body: { personId: 'PD', personName: '区长', post: 'principal', from: at(-400) },
    },
  ];
  const towns = ['T1', 'T2', 'T3'];
  const enterprises: string[] = [];
  for (const town of towns) {
    commands.push({
      method: 'post',
      path: '/units',
      body: { id: town, name: `镇${town}`, kind: 'town', parentId: 'D' },
    });
    commands.push({
      method: 'post',
      path: `/units/${town}/appointments`,
      body: { personId: `P-${town}`, personName: `镇长${town}`, post: 'principal', from: at(-400) },
    });
    commands.push({
      method: 'post',
      path: '/agreements',
      body: {
        id: `A-${town}`,
        year: 2025,
        issuerUnitId: 'D',
        responsibleUnitId: town,
        signedAt: at(5),
        signatories: [
          { personId: 'PD', post: 'principal' },
          { personId: `P-${town}`, post: 'principal' },
        ],
        controlIndicators: { maxDeaths: 1, maxAccidents: 2 },
        tasks: [
          { code: 'K1', title: '检查', weight: 30, metric: 'inspections_conducted', target: 5 },
          { code: 'K2', title: '宣传', weight: 30 },
        ],
      },
    });
    for (let i = 0; i < 4; i++) {
      const id = `E-${town}-${i}`;
      enterprises.push(id);
      commands.push({
        method: 'post',
        path: '/units',
        body: {
          id,
          name: `企业${id}`,
          kind: 'enterprise',
          parentId: town,
          industry: pick(INDUSTRIES),
        },
      });
    }
  }
  const hazards: string[] = [];
  const incidents: string[] = [];
  const penalties: string[] = [];
  for (let n = 0; commands.length < count; n++) {
    const day = 10 + int(300);
    switch (int(10)) {
      case 0:
      case 1: {
        const id = `H${n}`;
        hazards.push(id);
        commands.push({
          method: 'post',
          path: '/hazards',
          body: {
            id,
            unitId: pick(enterprises),
            level: random() < 0.2 ? 'major' : 'general',
            description: '隐患',
            identifiedAt: at(day),
            deadline: at(day + 1 + int(30)),
          },
        });
        break;
      }
      case 2:
        if (hazards.length > 0) {
          const id = pick(hazards);
          commands.push({
            method: 'post',
            path: `/hazards/${id}/plan`,
            body: {
              measures: '整改',
              fundsYuan: 1000,
              deadline: at(340),
              responsiblePerson: '负责人',
              contingencyPlan: '预案',
            },
          });
          commands.push({
            method: 'post',
            path: `/hazards/${id}/rectification`,
            body: { rectifiedAt: at(330) },
          });
        }
        break;
      case 3:
        if (hazards.length > 0) {
          commands.push({
            method: 'post',
            path: `/hazards/${pick(hazards)}/verification`,
            body: { passed: random() < 0.8, verifiedAt: at(335), verifier: '验收人' },
          });
        }
        break;
      case 4: {
        const id = `I${n}`;
        incidents.push(id);
        const deaths = random() < 0.1 ? 3 : int(2);
        commands.push({
          method: 'post',
          path: '/incidents',
          body: {
            id,
            unitId: pick(enterprises),
            industry: pick(INDUSTRIES),
            occurredAt: at(day),
            reportedAt: at(day, random() < 0.2 ? 12 : 9),
            deaths,
            seriousInjuries: int(3),
            directLossYuan: int(1_000_000),
            description: '事故',
          },
        });
        break;
      }
      case 5:
        if (incidents.length > 0) {
          const id = pick(incidents);
          commands.push({
            method: 'post',
            path: `/incidents/${id}/casualty-revisions`,
            body: {
              deaths: int(4),
              seriousInjuries: int(3),
              directLossYuan: int(2_000_000),
              revisedAt: at(340),
            },
          });
          commands.push({
            method: 'post',
            path: `/incidents/${id}/misreporting-findings`,
            body: {
              kind: pick(['omitted', 'concealed', 'false']),
              establishedAt: at(345),
              detail: '调查认定',
            },
          });
          // One token: corrections can be proposed here, never approved (four eyes).
          commands.push({
            method: 'post',
            path: `/incidents/${id}/corrections`,
            body: { field: 'description', to: '事故（更正）', reason: '核实更正' },
          });
        }
        break;
      case 6: {
        const id = `PEN${n}`;
        penalties.push(id);
        commands.push({
          method: 'post',
          path: '/penalties',
          body: {
            id,
            enterpriseId: pick(enterprises),
            enforcingUnitId: pick(['B', ...towns]),
            kind: 'fine',
            amountYuan: 10000 + int(90000),
            caseNo: `案${n}`,
            basis: '安全生产法',
            decidedAt: at(day),
            phase: random() < 0.6 ? 'pre_incident' : 'post_incident',
          },
        });
        if (random() < 0.2) {
          commands.push({
            method: 'post',
            path: `/penalties/${id}/revocation`,
            body: { reason: '复议撤销', revokedAt: at(350) },
          });
        }
        break;
      }
      case 7: {
        const town = pick(towns);
        commands.push({
          method: 'post',
          path: '/accountability-actions',
          body: {
            targetUnitId: town,
            targetPersonId: random() < 0.5 ? undefined : `P-${town}`,
            form: pick(['interview', 'circular']),
            decidingUnitId: 'D',
            decidedAt: at(day),
            reason: '问责',
          },
        });
        break;
      }
      case 8:
        commands.push({
          method: 'post',
          path: '/inspections',
          body: {
            inspectedUnitId: pick(enterprises),
            inspectingUnitId: pick(towns),
            kind: 'routine',
            conductedAt: at(day),
            inspectors: ['检查员'],
            findings:
              random() < 0.5
                ? []
                : [{ level: 'general', description: '发现', deadline: at(day + 20) }],
          },
        });
        break;
      default:
        commands.push(
          random() < 0.5
            ? {
                method: 'post',
                path: `/assessments/2025/units/${pick(towns)}/task-scores`,
                body: { taskCode: 'K2', score: int(31), evaluatedAt: at(355), evidence: '材料' },
              }
            : { method: 'post', path: '/hazards', body: { unitId: 'NOPE', level: 'general' } },
        );
    }
  }
  return commands;
}
