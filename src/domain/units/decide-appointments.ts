import { notFound, ruleViolation, stateConflict } from '../shared/errors';
import { toMs } from '../shared/time';
import { type Industry, PORTFOLIO_POSTS, type Post, isPost } from './codes';
import type { AppointPerson, EndAppointment } from './commands';
import type { AppointmentEnded, PersonAppointed } from './events';
import { requireNotFuture, requireText } from './guards';
import { requireIndustries } from './industries';
import { requireRegistered } from './registered';
import type { Appointment, UnitState } from './state';

export function decideAppointment(command: AppointPerson, state: UnitState): PersonAppointed[] {
  const unit = requireRegistered(state);
  requireText(command.personId, 'personId');
  requireText(command.personName, 'personName');
  const post = requirePost(command.post);
  const fromMs = requireNotFuture(command.from, command.now, 'from');
  const portfolioIndustries = portfolioOf(post, command.portfolioIndustries);
  const same = appointmentsOf(unit.appointments, command.personId, post);
  if (same.some((a) => a.to === undefined)) {
    throw stateConflict(
      'appointment_already_open',
      `${command.personId} already holds ${post} in unit ${unit.id}`,
    );
  }
  if (same.some((a) => a.to !== undefined && fromMs < toMs(a.to))) {
    throw stateConflict(
      'appointment_overlaps',
      `${command.personId} held ${post} in unit ${unit.id} after ${command.from}`,
    );
  }
  return [
    {
      type: 'PersonAppointed',
      data: {
        unitId: unit.id,
        personId: command.personId,
        personName: command.personName,
        post,
        from: command.from,
        ...(portfolioIndustries.length > 0 && { portfolioIndustries }),
      },
    },
  ];
}

export function decideAppointmentEnd(
  command: EndAppointment,
  state: UnitState,
): AppointmentEnded[] {
  const unit = requireRegistered(state);
  const post = requirePost(command.post);
  const same = appointmentsOf(unit.appointments, command.personId, post);
  if (same.length === 0) {
    throw notFound(
      'appointment_not_found',
      `${command.personId} was never appointed ${post} in unit ${unit.id}`,
    );
  }
  const open = same.find((a) => a.to === undefined);
  if (!open) {
    throw stateConflict(
      'appointment_already_ended',
      `${command.personId} no longer holds ${post} in unit ${unit.id}`,
    );
  }
  const toMsValue = requireNotFuture(command.to, command.now, 'to');
  if (toMsValue < toMs(open.from)) {
    throw ruleViolation('to_before_from', `to is before the appointment's from ${open.from}`, 'to');
  }
  return [
    {
      type: 'AppointmentEnded',
      data: { unitId: unit.id, personId: open.personId, post, from: open.from, to: command.to },
    },
  ];
}

/** 分管领域: only a deputy oversees a portfolio of industries. */
function portfolioOf(post: Post, industries: readonly string[] | undefined): Industry[] {
  const field = 'portfolioIndustries';
  if (industries === undefined) return [];
  if (!PORTFOLIO_POSTS.includes(post)) {
    throw ruleViolation(
      'portfolio_not_applicable',
      `only ${PORTFOLIO_POSTS.join(' and ')} oversee a portfolio, not ${post}`,
      field,
    );
  }
  return requireIndustries(industries, field);
}

function requirePost(post: string): Post {
  if (!isPost(post)) throw ruleViolation('invalid_post', `post ${post} is not a post`, 'post');
  return post;
}

const appointmentsOf = (
  appointments: readonly Appointment[],
  personId: string,
  post: Post,
): Appointment[] => appointments.filter((a) => a.personId === personId && a.post === post);
