import { readFileSync } from 'node:fs';
import { buildMatcher } from '/work/forms11/src/text/matcher';
import { validatePack } from '/work/forms11/src/text/validate-pack';
const v = validatePack(JSON.parse(readFileSync('/work/forms11/src/pack/bundled-pack.json', 'utf8')));
if (!v.ok) throw new Error('bad');
const m = buildMatcher([v.pack]);
const lines = readFileSync('/tmp/forms11-probe.txt', 'utf8').split('\n').filter(Boolean);
for (const l of lines) console.log(JSON.stringify(m.find(l).map((x: any) => x.entityId + (x.pending ? '?' : ''))), '|', l);
