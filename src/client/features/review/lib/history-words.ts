import type { ReviewEventBody } from '@/shared/api-contract';
import { REVIEW_STATE_LABELS } from '@/client/entities/review/model/review-words';

const STATE_WORDS: Record<string, string> = REVIEW_STATE_LABELS;

function stateWord(value: string | null): string {
  return value === null ? 'none' : (STATE_WORDS[value] ?? value);
}

/** One history line, old → new: "State: Unreviewed → In review", "Outcome: none → bot error". */
export function historyWords(event: ReviewEventBody): { what: string; from: string; to: string } {
  switch (event.field) {
    case 'state':
      return { what: 'State', from: stateWord(event.from), to: stateWord(event.to) };
    case 'claimed_by':
      return { what: 'Claimed by', from: event.from ?? 'nobody', to: event.to ?? 'nobody' };
    case 'outcome':
      return { what: 'Outcome', from: event.from ?? 'none', to: event.to ?? 'none' };
    case 'note':
      return { what: 'Note', from: event.from || 'empty', to: event.to || 'empty' };
    case 'flag':
      return event.to === null
        ? { what: 'Flag removed', from: event.from ?? '', to: '' }
        : { what: 'Flag added', from: '', to: event.to };
    default:
      return { what: event.field, from: event.from ?? '', to: event.to ?? '' };
  }
}
