import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { ThreadLookupForm } from './thread-lookup-form';

function renderForm() {
  const location = memoryLocation({ path: '/', record: true });
  render(
    <Router hook={location.hook}>
      <ThreadLookupForm />
    </Router>,
  );
  const box = screen.getByRole('textbox', { name: 'Thread ID or link' });
  const type = (text: string) => fireEvent.change(box, { target: { value: text } });
  return { location, box, type };
}

describe('ThreadLookupForm', () => {
  it('names what a paste will open before it is submitted', () => {
    const { type } = renderForm();
    expect(screen.getByRole('button', { name: 'Open thread' })).toBeTruthy();
    type('cthr_a cthr_b cthr_c cthr_d cthr_e');
    expect(screen.getByRole('button', { name: 'Open triage board (5 IDs)' })).toBeTruthy();
    type('see cthr_a');
    expect(screen.getByRole('button', { name: 'Open thread' })).toBeTruthy();
  });

  it('opens the triage board for several IDs and the thread for one', () => {
    const { location, type } = renderForm();
    type('cthr_a, cthr_b');
    fireEvent.click(screen.getByRole('button', { name: 'Open triage board (2 IDs)' }));
    expect(location.history.at(-1)).toBe('/triage?ids=cthr_a,cthr_b');
    type('cthr_a');
    fireEvent.click(screen.getByRole('button', { name: 'Open thread' }));
    expect(location.history.at(-1)).toBe('/threads/cthr_a');
  });

  it('says what is wrong with text that names no thread', () => {
    const { box, type } = renderForm();
    type('hello');
    fireEvent.click(screen.getByRole('button', { name: 'Open thread' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'No thread ID found in that text. Thread IDs start with cthr_.',
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });
});
