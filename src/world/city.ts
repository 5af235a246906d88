import { OFFICE_POSTS, newUnit, staff } from './district';
import { DEPARTMENTS } from './names';
import type { Rng } from './prng';
import type { Appointment, UnitInfo } from './units';

/** A city with its own departments and who holds their posts (its districts stand apart). */
export interface CityWorld {
  city: UnitInfo;
  departments: UnitInfo[];
  appointments: Appointment[];
}

export function buildCity(
  rng: Rng,
  options: { id: string; name: string; year: number; departments: number },
): CityWorld {
  const { id, name, year } = options;
  const stem = name.replace(/市$/, '');
  const city = newUnit({ id, name, kind: 'city', short: stem });
  const departments = DEPARTMENTS.slice(0, options.departments).map((dept) =>
    newUnit({
      id: `${id}-${dept.code}`,
      name: `${name}${dept.name.replace('分局', '局').replace('大队', '支队')}`,
      kind: 'department',
      parentId: id,
      regulated: dept.industries,
      short: `${stem}${dept.short}`,
    }),
  );
  const appointments = [city, ...departments].flatMap((unit) =>
    staff(rng, unit, OFFICE_POSTS, year),
  );
  return { city, departments, appointments };
}
