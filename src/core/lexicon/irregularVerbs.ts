// Past forms of irregular English verbs, so "prices rose" meets "prices rise" and "the refiner bought" meets
// "buying": a stemmer leaves them as they are. General English only; forms that are mostly other words
// ("left", "found", "wound", "lead") are left out.

const FORMS = `
arise:arose,arisen begin:began,begun bend:bent bleed:bled break:broke,broken breed:bred bring:brought
build:built burn:burnt buy:bought catch:caught choose:chose,chosen deal:dealt dig:dug draw:drew,drawn
drive:drove,driven eat:ate,eaten fall:fell,fallen feed:fed feel:felt fight:fought flee:fled fly:flew,flown
forbid:forbade,forbidden forecast:forecasted forget:forgot,forgotten forgive:forgave,forgiven freeze:froze,frozen
give:gave,given grow:grew,grown hang:hung hear:heard hide:hid,hidden hold:held keep:kept know:knew,known
lay:laid lend:lent lose:lost make:made mean:meant meet:met mistake:mistook,mistaken outgrow:outgrew,outgrown
overrun:overran oversee:oversaw,overseen overtake:overtook,overtaken pay:paid rebuild:rebuilt rise:rose,risen
run:ran see:saw,seen seek:sought sell:sold send:sent shake:shook,shaken shoot:shot shrink:shrank,shrunk
sink:sank,sunk slay:slew,slain speak:spoke,spoken speed:sped spend:spent spin:spun stand:stood steal:stole,stolen
stick:stuck strike:struck,stricken strive:strove,striven swear:swore,sworn sweep:swept swing:swung take:took,taken
teach:taught tear:tore,torn think:thought throw:threw,thrown undertake:undertook,undertaken uphold:upheld
wake:woke,woken wear:wore,worn win:won withdraw:withdrew,withdrawn withhold:withheld write:wrote,written
`;

const baseOf = new Map<string, string>();
for (const entry of FORMS.trim().split(/\s+/)) {
  const [base, forms] = entry.split(':');
  for (const form of forms!.split(',')) baseOf.set(form, base!);
}

/** The base form of an irregular past tense or participle ("rose" → "rise"), else the word itself. */
export function verbBase(lowerWord: string): string {
  return baseOf.get(lowerWord) ?? lowerWord;
}
