// DOM steps shared by deep links, find and j/k once a transcript row exists in the document.

/** Scrolls the row's item card to the middle of the window and focuses it (it has tabIndex -1). */
export function focusCard(row: HTMLElement): void {
  const card = row.querySelector<HTMLElement>('article') ?? row;
  card.scrollIntoView({ block: 'center' });
  card.focus({ preventScroll: true });
}

/** Removes the "current match" emphasis everywhere. */
export function clearCurrentMark(): void {
  for (const mark of document.querySelectorAll('mark[data-current]')) {
    mark.removeAttribute('data-current');
  }
}

/**
 * Emphasises the row's `occurrence`-th <mark> and scrolls it into view, opening any <details>
 * it sits in. The DOM can show fewer marks than were counted (text that is not rendered as
 * such), so the last one stands in; with none, the card itself is shown.
 */
export function showMark(row: HTMLElement, occurrence: number): void {
  clearCurrentMark();
  const marks = row.querySelectorAll<HTMLElement>('mark');
  const mark = marks[Math.min(occurrence, marks.length - 1)];
  if (!mark) {
    row.scrollIntoView({ block: 'center' });
    return;
  }
  for (
    let details = mark.closest('details');
    details;
    details = details.parentElement?.closest('details') ?? null
  ) {
    details.open = true;
  }
  mark.setAttribute('data-current', '');
  mark.scrollIntoView({ block: 'center' });
}

function rowIndexOf(element: Element | null): number | null {
  const row = element?.closest<HTMLElement>('[data-row-index]');
  return row ? Number(row.dataset.rowIndex) : null;
}

/**
 * Where j/k go from: the row holding focus, else the first row still (partly) on screen, so
 * "j" starts at what the reader is looking at.
 */
export function stepTarget(delta: 1 | -1, count: number): number {
  const focused = rowIndexOf(document.activeElement);
  let next: number;
  if (focused !== null) next = focused + delta;
  else {
    const rows = document.querySelectorAll('[data-row-index]');
    const onScreen = [...rows].find((row) => row.getBoundingClientRect().bottom > 0);
    const first = rowIndexOf(onScreen ?? null) ?? 0;
    next = delta > 0 ? first : first - 1;
  }
  return Math.max(0, Math.min(count - 1, next));
}

// A virtualized row exists only once the virtualizer has scrolled near it; wait at most ~1 s.
const MAX_WAIT_FRAMES = 60;

/** The rendered <li> of row `index`, if it is in the DOM. */
export function findRow(list: HTMLElement | null, index: number): HTMLElement | null {
  return list?.querySelector<HTMLElement>(`[data-row-index="${String(index)}"]`) ?? null;
}

/**
 * Waits (a frame at a time) for a virtualized row to be rendered after scrolling to it. `index`
 * may be read afresh each frame, for a row whose position moves while rows are inserted.
 */
export async function waitForRow(list: () => HTMLElement | null, index: number | (() => number)) {
  for (let frame = 0; frame < MAX_WAIT_FRAMES; frame++) {
    const row = findRow(list(), typeof index === 'number' ? index : index());
    if (row) return row;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}
