import { describe, expect, it } from 'vitest';
import { maskContacts, maskEmails, maskPhones } from './mask-contacts';

describe('maskEmails', () => {
  it.each([
    ['maria.gomez@example.com', 'm***@example.com'],
    ['write to no-reply@accounts.example.com.', 'write to n***@accounts.example.com.'],
    ['<jonas.becker@example.de>', '<j***@example.de>'],
    ['émilie@exemple.fr', 'é***@exemple.fr'],
  ])('%s → %s', (input, output) => {
    expect(maskEmails(input)).toBe(output);
  });

  it('leaves text without addresses alone', () => {
    expect(maskEmails('user@ nothing here @handle')).toBe('user@ nothing here @handle');
  });
});

describe('maskPhones', () => {
  it.each([
    ['Call +1 (415) 555-0142 now', 'Call +* (***) ***-**42 now'],
    ['+44 20 7946 0958', '+** ** **** **58'],
    ['+49 (0)30 1234567', '+** (*)** *****67'],
    ['0049 30 1234567', '**** ** *****67'],
    ['+33 6 12 34 56 78', '+** * ** ** ** 78'],
    ['06-12345678', '**-******78'],
    ['555.010.0199', '***.***.**99'],
    ['tel:+15551234567', 'tel:+*********67'],
    ['+81 3-1234-5678', '+** *-****-**78'],
  ])('%s → %s', (input, output) => {
    expect(maskPhones(input)).toBe(output);
  });

  it.each([
    'order A-1023',
    'refund RF-20931 and payment pay_8Hk3',
    'on 2026-11-24 14:05:00 UTC',
    'captured 2026-11-22T10:14:03Z',
    'due 24/11/2026 or 11.24.2026',
    '$42.00 on the card ending 4417',
    'customer cust_41822',
    'in 3 to 5 business days',
    'server 192.168.1.10',
    'ref 1234567890123456789',
  ])('leaves %s alone', (input) => {
    expect(maskPhones(input)).toBe(input);
  });
});

describe('maskContacts', () => {
  it('masks both kinds, e-mail first so its digits are not taken for a phone number', () => {
    expect(maskContacts('cust5551234567@example.com or +44 20 7946 0958')).toBe(
      'c***@example.com or +** ** **** **58',
    );
  });
});
