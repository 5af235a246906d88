import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PERSONS, personsProjection, type PersonDoc } from '../../../../projections/persons';
import { dossierPost, type DossierPost } from '../../../../projections/queries/dossier';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { Where } from '../../../infrastructure/read-store/read-store.port';
import { ScopeService } from '../../auth/scope.service';
import type { Actor } from '../../shared/actor';
import { type Page, pageOf } from '../../shared/paging';
import type { ListPersonsQueryDto } from '../persons.query-dto';

export interface PersonItem {
  personId: string;
  /** The names recorded with the posts shown. */
  names: string[];
  /** The posts held in units the reader may see, in order of appointment. */
  posts: DossierPost[];
}

export class ListPersonsQuery {
  constructor(
    readonly filter: ListPersonsQueryDto,
    readonly actor: Actor,
  ) {}
}

const SOURCE = [personsProjection, PERSONS] as const;

/**
 * Persons who held a post (任职人员) in the unit or below it (`unitId`, the reader's scope by
 * default), by person id; `name` keeps those recorded under a name containing it. Each with the
 * posts held in units the reader may see.
 */
@QueryHandler(ListPersonsQuery)
export class ListPersonsHandler implements IQueryHandler<ListPersonsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly scopes: ScopeService,
  ) {}

  async execute({ filter, actor }: ListPersonsQuery): Promise<Page<PersonItem>> {
    const where: Where = filter.unitId ? { paths: filter.unitId } : { heldPost: true };
    const { limit, offset } = pageOf(filter);
    const sort = [['_id', 1]] as const;
    let docs: PersonDoc[];
    let total: number;
    if (filter.name) {
      const part = filter.name.toLowerCase();
      const all = await this.readModels.find<PersonDoc>(...SOURCE, { where, sort });
      const matching = all.filter((p) => p.names.some((n) => n.toLowerCase().includes(part)));
      total = matching.length;
      docs = matching.slice(offset, offset + limit);
    } else {
      [docs, total] = await Promise.all([
        this.readModels.find<PersonDoc>(...SOURCE, { where, sort, limit, skip: offset }),
        this.readModels.count(...SOURCE, where),
      ]);
    }
    const items = await Promise.all(docs.map((doc) => this.itemOf(doc, actor)));
    return { items, total, limit, offset };
  }

  private async itemOf(person: PersonDoc, actor: Actor): Promise<PersonItem> {
    const seen = await Promise.all(person.posts.map((p) => this.scopes.inScope(actor, p.unitId)));
    const posts = person.posts
      .filter((_, i) => seen[i])
      .sort((a, b) => a.from.localeCompare(b.from));
    return {
      personId: person._id,
      names: [...new Set(posts.map((p) => p.personName))],
      posts: posts.map(dossierPost),
    };
  }
}
