import { describe, expect, it } from 'vitest';
import { relativeDate } from './relative-dates';

describe('relativeDate arithmetic (tests run with TZ=UTC)', () => {
  it('counts minutes and hours on the clock', () => {
    const reference = new Date('2024-03-01T00:30:00Z');
    expect(relativeDate('45 min ago', reference)?.iso).toBe('2024-02-29T23:45:00.000Z');
    expect(relativeDate('vor 3 Stunden', reference)?.iso).toBe('2024-02-29T21:30:00.000Z');
  });

  it('counts days and weeks on the calendar', () => {
    const reference = new Date('2024-03-01T08:00:00Z');
    expect(relativeDate('2 days ago', reference)?.iso).toBe('2024-02-28T08:00:00.000Z');
    expect(relativeDate('hace 2 semanas', reference)?.iso).toBe('2024-02-16T08:00:00.000Z');
  });

  it('keeps a month or year step on the last day of a shorter month', () => {
    expect(relativeDate('1 month ago', new Date('2024-03-31T10:00:00Z'))?.iso).toBe('2024-02-29T10:00:00.000Z');
    expect(relativeDate('il y a 1 an', new Date('2024-02-29T10:00:00Z'))?.iso).toBe('2023-02-28T10:00:00.000Z');
    expect(relativeDate('3 months ago', new Date('2024-05-15T10:00:00Z'))?.iso).toBe('2024-02-15T10:00:00.000Z');
  });

  it('leaves the reference as it is for zero units', () => {
    expect(relativeDate('0 days ago', new Date('2024-01-02T12:00:00Z'))?.iso).toBe('2024-01-02T12:00:00.000Z');
  });
});
