// Verbs and phrases that attribute words to a speaker, in general English news usage.

/**
 * How a verb may introduce reported (indirect) speech:
 * - 'any':  any complement ("said the talks would resume", "confirmed that ...");
 * - 'that': only with an explicit "that" complement ("added that ...", "told reporters that ...");
 * - 'none': attributes direct quotes only ("promoting the notion of a “...”").
 */
export type ReportedUse = 'any' | 'that' | 'none';

export interface SpeechVerb {
  lemma: string;
  forms: string[];
  reported: ReportedUse;
  /**
   * Common as an ordinary verb too ("added a tariff", "the visit, underscoring the ties"): as a participle after a
   * comma it reports speech only after a speech verb or with "that" right after it, and gives no quote to the main
   * clause's subject.
   */
  ambiguous: boolean;
}

function verb(lemma: string, forms: string, reported: ReportedUse, ambiguous = false): SpeechVerb {
  return { lemma, forms: forms.split(' '), reported, ambiguous };
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  verb('say', 'say says said saying', 'any'),
  verb('tell', 'tell tells told telling', 'that'),
  verb('add', 'add adds added adding', 'that', true),
  verb('argue', 'argue argues argued arguing', 'any'),
  verb('write', 'write writes wrote writing written', 'that', true),
  verb('note', 'note notes noted noting', 'that', true),
  verb('state', 'state states stated stating', 'any', true),
  verb('explain', 'explain explains explained explaining', 'that'),
  verb('warn', 'warn warns warned warning', 'that'),
  verb('caution', 'caution cautions cautioned cautioning', 'that', true),
  verb('allege', 'allege alleges alleged alleging', 'any'),
  verb('complain', 'complain complains complained complaining', 'that'),
  verb('counter', 'countered', 'that'),
  verb('describe', 'describe describes described describing', 'any', true),
  verb('confirm', 'confirm confirms confirmed confirming', 'any', true),
  verb('highlight', 'highlight highlights highlighted highlighting', 'any', true),
  verb('underline', 'underline underlines underlined underlining', 'any', true),
  verb('underscore', 'underscore underscores underscored underscoring', 'any', true),
  verb('stress', 'stress stresses stressed stressing', 'any', true),
  verb('emphasise', 'emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing', 'any', true),
  verb('promote', 'promote promotes promoted promoting', 'none', true),
  verb('call', 'call calls called calling', 'none', true),
  verb('dismiss', 'dismiss dismisses dismissed dismissing', 'any', true),
  verb('claim', 'claim claims claimed claiming', 'any'),
  verb('insist', 'insist insists insisted insisting', 'any'),
  verb('believe', 'believe believes believed believing', 'any'),
  verb('think', 'think thinks thought', 'any', true),
  verb('worry', 'worry worries worried', 'any', true),
  verb('fear', 'fear fears feared', 'any', true),
  verb('suggest', 'suggest suggests suggested suggesting', 'any', true),
  verb('indicate', 'indicate indicates indicated indicating', 'that', true),
  verb('maintain', 'maintain maintains maintained maintaining', 'that', true),
  verb('acknowledge', 'acknowledge acknowledges acknowledged acknowledging', 'any'),
  verb('admit', 'admit admits admitted admitting', 'any'),
  verb('deny', 'deny denies denied denying', 'any'),
  verb('announce', 'announce announces announced announcing', 'any', true),
  verb('report', 'report reports reported reporting', 'that', true),
  verb('predict', 'predict predicts predicted predicting', 'any'),
  verb('estimate', 'estimate estimates estimated estimating', 'that', true),
  verb('reiterate', 'reiterate reiterates reiterated reiterating', 'any'),
  verb('assert', 'assert asserts asserted asserting', 'any'),
  verb('contend', 'contend contends contended', 'any'),
  verb('observe', 'observe observes observed', 'that', true),
  verb('remark', 'remark remarks remarked', 'that'),
  verb('comment', 'comment comments commented', 'that'),
  verb('reply', 'reply replies replied', 'that'),
  verb('respond', 'respond responds responded', 'that', true),
  verb('ask', 'ask asks asked', 'none', true),
  verb('tweet', 'tweet tweets tweeted', 'that'),
  verb('post', 'posted', 'none', true),
  verb('urge', 'urge urges urged urging', 'none', true),
  verb('recall', 'recall recalls recalled', 'that', true),
  verb('concede', 'concede concedes conceded', 'any'),
  verb('declare', 'declare declares declared', 'any'),
  // What a court or an inquiry holds: "the judge found that …", "finds it ‘failed at the most basic level’".
  verb('rule', 'rule rules ruled', 'that', true),
  verb('find', 'find finds found', 'that', true),
  verb('conclude', 'conclude concludes concluded', 'that', true),
  verb('refer', 'refer refers referred', 'any', true),
  verb('express', 'express expresses expressed', 'any', true),
  verb('point', 'point points pointed', 'none', true),
  verb('frame', 'frame frames framed', 'any', true),
  verb('cite', 'cite cites cited', 'none', true),
  verb('quote', 'quoted', 'none', true),
  // "As the Herald put it: “…”".
  verb('put', 'put puts', 'none', true),
  // What a written text says: "“…,” reads the release", "“…,” one banner read".
  verb('read', 'reads read', 'none', true),
  // Verbs that introduce a quoted phrase without reporting a statement: "spoke of “a fairer world order”",
  // "thanked Osei for his “attention”", "hailed the deal as “historic”".
  verb('speak', 'speak speaks spoke speaking', 'none', true),
  verb('thank', 'thank thanks thanked', 'none', true),
  verb('praise', 'praise praises praised praising', 'none', true),
  verb('hail', 'hail hails hailed hailing', 'none', true),
  verb('welcome', 'welcomes welcomed', 'none', true),
  verb('dub', 'dub dubs dubbed', 'none', true),
  verb('term', 'terms termed', 'none', true),
  verb('label', 'labels labelled labeled', 'none', true),
  // Judging in words: "assessed the risks as “evenly balanced”", "characterised the talks as “frank”".
  verb('assess', 'assess assesses assessed', 'none', true),
  verb('characterise', 'characterise characterises characterised characterize characterizes characterized', 'none', true),
  verb('portray', 'portray portrays portrayed', 'none', true),
  verb('brand', 'brands branded', 'none', true),
  verb('vow', 'vow vows vowed', 'any'),
  verb('assure', 'assure assures assured assuring', 'that', true),
  verb('pledge', 'pledge pledges pledged', 'none', true),
  verb('promise', 'promise promises promised', 'any', true),
  verb('condemn', 'condemn condemns condemned condemning', 'none', true),
  verb('criticise', 'criticise criticises criticised criticising criticize criticizes criticized criticizing', 'none', true),
  verb('accuse', 'accuse accuses accused accusing', 'none', true),
  // Manner-of-speaking verbs, common in tabloid and feature writing: "“It was hell,” sobbed Rosa Catrileo".
  verb('sob', 'sob sobs sobbed', 'none', true),
  verb('weep', 'weep weeps wept', 'none', true),
  verb('cry', 'cried', 'none', true),
  verb('scream', 'scream screams screamed', 'none', true),
  verb('shout', 'shout shouts shouted', 'none', true),
  verb('yell', 'yell yells yelled', 'none', true),
  verb('whisper', 'whisper whispers whispered', 'none', true),
  verb('gasp', 'gasp gasps gasped', 'none', true),
  verb('sigh', 'sigh sighs sighed', 'none', true),
  verb('plead', 'plead pleads pleaded pled', 'none', true),
  verb('beg', 'beg begs begged', 'none', true),
  verb('fume', 'fume fumes fumed', 'none', true),
  verb('rage', 'rage rages raged', 'none', true),
  verb('blast', 'blast blasts blasted', 'none', true),
  verb('slam', 'slam slams slammed', 'none', true),
  verb('boast', 'boast boasts boasted', 'any', true),
  verb('reveal', 'reveal reveals revealed', 'any', true),
  verb('confess', 'confess confesses confessed', 'any', true),
  verb('recount', 'recount recounts recounted', 'any', true),
  verb('exclaim', 'exclaim exclaims exclaimed', 'none', true),
  verb('proclaim', 'proclaim proclaims proclaimed proclaiming', 'any', true),
  verb('mutter', 'mutter mutters muttered', 'none', true),
];

const BY_FORM = new Map<string, SpeechVerb>();
for (const v of SPEECH_VERBS) for (const f of v.forms) if (!BY_FORM.has(f)) BY_FORM.set(f, v);

/** The speech verb a lower-case word form belongs to, if any. */
export function speechVerbOf(lowerWord: string): SpeechVerb | undefined {
  return BY_FORM.get(lowerWord);
}

/** Verbs of thinking and feeling among the speech verbs: what someone "feared" inside what another said is not speech. */
const THINKING_LEMMAS = new Set(['think', 'believe', 'worry', 'fear']);

export function isThinkingVerb(lowerWord: string): boolean {
  const verb = speechVerbOf(lowerWord);
  return verb !== undefined && THINKING_LEMMAS.has(verb.lemma);
}

/** Prepositional attributions: "according to X", "in the words of X". Lower case, space separated. */
export const ATTRIBUTION_PREPOSITIONS: readonly string[] = ['according to', 'in the words of', 'as quoted by'];

/**
 * Participles that mark a person as the agent of a remark ("experts contacted by VTN say"):
 * the phrase "<participle> by X" belongs to the subject, X is not the speaker.
 */
export const AGENT_PARTICIPLES = new Set(['contacted', 'interviewed', 'quoted', 'cited', 'asked', 'polled', 'surveyed', 'consulted']);
