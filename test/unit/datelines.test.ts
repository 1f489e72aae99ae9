import { strict as assert } from 'node:assert';
import { creditsDateline, dashEndsDateline, datesReport, opensDatedDateline } from '../../src/core/text/datelines';

describe('datelines', () => {
  it('knows the dash that closes a dateline from a dash inside a sentence', () => {
    const wire = 'MARENZA, Calif. — Regulators fined the lender on Tuesday.';
    assert.equal(dashEndsDateline(wire, wire.indexOf('—')), true);
    const agency = 'LONDON (Newswire) - Shares fell.';
    assert.equal(dashEndsDateline(agency, agency.indexOf(' - ') + 1), true);
    const inside = 'The lender — a mid-sized bank — was fined.';
    assert.equal(dashEndsDateline(inside, inside.indexOf('—')), false);
  });

  it('knows the agency a dateline credits from a body in brackets inside a sentence', () => {
    const credit = (text: string, name: string) => creditsDateline(text, text.indexOf(name), text.indexOf(name) + name.length);
    assert.equal(credit('TARSK, Marova (Newswire) — The council met.', 'Newswire'), true);
    assert.equal(credit('Header\nLONDON (Newswire) - Shares fell.', 'Newswire'), true);
    assert.equal(credit('The council (Selka) — a bloc of five states — met.', 'Selka'), false);
  });

  it('finds a place that opens its line before a month and day', () => {
    const text = 'Header\nMARENZA, May 6 (Newswire) - Talks resumed.';
    const at = text.indexOf('MARENZA');
    assert.equal(opensDatedDateline(text, at, at + 'MARENZA'.length), true);
    const mid = 'Talks in MARENZA, May 6 were short.';
    const m = mid.indexOf('MARENZA');
    assert.equal(opensDatedDateline(mid, m, m + 'MARENZA'.length), false);
  });

  it('tells the date of a report from a date the report tells of', () => {
    const date = (text: string, d: string) => datesReport(text, text.indexOf(d), text.indexOf(d) + d.length);
    assert.equal(date('KUALA LUMPUR, Nov 7 - Talks resumed.', 'Nov 7'), true);
    assert.equal(date('Published: March 17, 2026 | 10:42 IST\nThe port reopened.', 'March 17, 2026'), true);
    assert.equal(date('Wednesday 15 April 2026\nThe port reopened.', '15 April 2026'), true);
    assert.equal(date('The port reopened on March 17, 2026 after a strike.', 'March 17, 2026'), false);
  });
});
