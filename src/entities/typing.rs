//! Typing the candidates the gazetteers did not type, then making the document consistent: a
//! name typed with confidence somewhere lends its type to its other occurrences, surnames follow
//! their full names, and lines without case information get the names seen elsewhere.

use super::lexicon::{FxMap, FxSet, Lex, wc};
use super::mentions::{self, Cand, MEDIUM, STRONG, WEAK, chars_are, chars_more};
use super::toks::{CAP, WORD};
use crate::document::Doc;
use crate::model::EntityType::{self, *};
use crate::segment::TokKind;
use std::borrow::Cow;

/// Words after a name that make it a person.
/// Common nouns that, right before a name, say it is an organization ("tyre giant Pirelli").
/// Common nouns before "of X" that say X is a place ("the city of Arbil").
/// Prepositions before a place.
const PLACE_PREP: &[&str] =
    &["in", "at", "near", "outside", "from", "to", "across", "into", "towards", "via"];

fn word<'a>(doc: &'a Doc, k: usize) -> &'a str {
    doc.seg.tokens.get(k).map(|t| t.text(doc.text)).unwrap_or("")
}

/// First pass: each untyped candidate on its own evidence.
pub fn local(doc: &Doc, cands: &mut Vec<Cand>, ctx: &Ctx, lex: &Lex) {
    let tk = &ctx.tk;
    for c in cands.iter_mut().filter(|c| c.kind.is_none()) {
        let first = word(doc, c.first);
        let last = word(doc, c.end.saturating_sub(1));
        // Lower-case forms, borrowed from the token table.
        let last_c = tk.lower(c.end.saturating_sub(1));
        let last_l: &str = &last_c;
        let prev = word(doc, c.first.wrapping_sub(1));
        let prev_c = tk.lower(c.first.wrapping_sub(1));
        let prev_l: &str = &prev_c;
        let next = word(doc, c.end);
        let next2 = word(doc, c.end + 1);
        let multi = c.words() >= 2;
        let (next_c, next2_c) = (tk.lower(c.end), tk.lower(c.end + 1));
        let (next_l, next2_l): (&str, &str) = (&next_c, &next2_c);
        let last_k = c.end.saturating_sub(1);
        let org_headed = tk.is_w(last_k, wc::ORG_WORD)
            || (c.first..c.end)
                .any(|k| tk.is_w(k, wc::ORG_WORD) && matches!(word(doc, k + 1), "of" | "for" | "on"));
        // "Human Rights National Observatory ( ONDH )": a name spelt out before its acronym.
        let spelt_out = multi
            && next == "("
            && mentions::is_acronym(word(doc, c.end + 1))
            && word(doc, c.end + 2) == ")"
            && mentions::gaz_at(&ctx.tk, c.end + 1, c.end + 2, lex).is_none_or(|(_, g)| g.kind() != Place);
        let code = next == "-"
            && mentions::is_acronym(first)
            && doc.seg.tokens.get(c.end + 1).is_some_and(|t| t.glued && t.kind == TokKind::Number);
        let (kind, strength, rule) = if chars_are(c.span.text(doc.text), 1) || code {
            // A lone letter, or a code such as "EB-5", is no name.
            (Group, 0, "drop_letter")
        } else if ctx.dateline(c.first) && (toks_line_start(doc, c.first) || prev == ",") {
            // "ARLINGTON , Texas 1996-08-31", "WASHINGTON (AP) —".
            (Place, STRONG, "loc_dateline")
        } else if multi
            && matches!(
                first,
                "Fort"
                    | "Mount"
                    | "Mt."
                    | "Lake"
                    | "Port"
                    | "Cape"
                    | "Saint"
                    | "San"
                    | "Santa"
                    | "Los"
                    | "Las"
                    | "New"
                    | "North"
                    | "South"
                    | "East"
                    | "West"
            )
            && !org_headed
            && !(c.first + 1..c.end)
                .any(|k| mentions::gaz_at(&ctx.tk, k, c.end, lex).is_some_and(|(_, g)| g.kind() == Place))
            && mentions::gaz_at(&ctx.tk, c.first, c.end, lex).is_none()
        {
            // "Fort Pierce", "Mount Kenya", "Port Moresby" (not "Los Angeles Dodgers").
            (Place, MEDIUM, "loc_prefix")
        } else if multi && matches!(first, "Hurricane" | "Typhoon" | "Cyclone" | "Storm" | "Operation") {
            // Named storms and operations: "Hurricane Melissa", "Operation Desert Storm".
            (Group, STRONG, "misc_named_event")
        } else if multi && (org_headed || spelt_out) {
            // A piece of a longer run: "U.S. Court of Appeals" → "Court of Appeals".
            (Organization, STRONG, "org_word")
        } else if multi && tk.is_w(last_k, wc::EVENT_WORD) {
            (Group, STRONG, "misc_event")
        } else if multi
            && tk.is_w(last_k, wc::LOC_WORD)
            // "Anthony Hill" is a person; "at Ellis Park" a place.
            && !(c.words() == 2
                && tk.is(c.first, wc::GIVEN)
                && tk.is(last_k, wc::SURNAME)
                && !PLACE_PREP.contains(&prev_l))
        {
            (Place, MEDIUM, "loc_word")
        } else if let Some(close) = (next == "(")
            .then(|| mentions::gaz_at(&ctx.tk, c.end + 1, c.end + 6, lex))
            .flatten()
            .filter(|&(e, g)| g.class == super::lexicon::Class::Country && word(doc, e) == ")" && !org_headed)
            .map(|(e, _)| e)
        {
            // Results lists: "Monica Seles ( U.S. ) beat Dally Randriantefy ( Madagascar )"; a
            // whole score after the country is a team's ("Benetton ( Italy ) 92 Dinamo").
            let score = doc.seg.tokens.get(close + 1).is_some_and(|t| {
                t.kind == TokKind::Number && t.text(doc.text).bytes().all(|b| b.is_ascii_digit())
            }) && !doc.seg.tokens.get(close + 2).is_some_and(|t| t.glued);
            if score && !multi {
                (Organization, MEDIUM, "org_country_bracket_score")
            } else {
                (Person, MEDIUM, "per_country_bracket")
            }
        } else if next == ","
            && doc.seg.tokens.get(c.end + 1).is_some_and(|t| t.kind == TokKind::Number)
            && word(doc, c.end + 2) == ","
        {
            // An age in apposition: "Onarheim , 29 , told Reuters".
            (Person, MEDIUM, "per_age")
        } else if !multi
            && toks_line_start(doc, c.first)
            && next == ":"
            && result_after(doc, c.end + 1)
            && !first.ends_with('s')
            && !mentions::is_acronym(first)
        {
            // A venue heading a result: "Hove : Sussex 363 ( W. Athey 111 )" (not a plural
            // label: "Scores :", "Standings :").
            (Place, MEDIUM, "loc_venue")
        } else if !multi && bowling_figures(doc, c.end) {
            // A bowler's figures: "Headley 7-0-32-0".
            (Person, MEDIUM, "per_bowling")
        } else if matches!(prev_l, "said" | "says" | "told" | "asked") && !org_headed {
            // "..., said Dudayeva".
            (Person, MEDIUM, "per_said_before")
        } else if tk.is(c.first.wrapping_sub(1), wc::PERSON_NOUN) && !mentions::is_cap(prev) {
            // "his wife Naina".
            (Person, MEDIUM, "per_noun")
        } else if matches!(next, "'" | "’") && next2 == "s" && !org_headed && {
            let owned = word(doc, c.end + 2);
            tk.is_w(c.end + 2, wc::PERSON_NOUN)
                || matches!(
                    owned,
                    "colleagues"
                        | "family"
                        | "lawyer"
                        | "lawyers"
                        | "supporters"
                        | "career"
                        | "death"
                        | "arrest"
                        | "children"
                )
        } {
            // "Levrentyeva 's colleagues", "Clinton’s lawyers".
            (Person, MEDIUM, "per_possessive")
        } else if matches!(next, "'" | "’") && next2 == "s" && {
            let owned = word(doc, c.end + 2);
            matches!(
                owned,
                "shares"
                    | "chairman"
                    | "board"
                    | "profit"
                    | "profits"
                    | "revenue"
                    | "subsidiary"
                    | "unit"
                    | "stock"
                    | "sales"
                    | "earnings"
                    | "shareholders"
            )
        } {
            // "Comelf 's six-month output", "Pirelli's shares".
            (Organization, MEDIUM, "org_possessive")
        } else if matches!(prev, "c" | "b" | "st" | "lbw") {
            // Cricket scorecards: "c Stewart b Hollioake".
            (Person, MEDIUM, "per_scorecard")
        } else if tk.is(c.first.wrapping_sub(1), wc::ORG_NOUN)
            && !mentions::is_cap(prev)
            // "rival Merlene Ottey", "said broker Shakil Rizvi": a person after all.
            && !(multi
                && (tk.is(c.first, wc::GIVEN)
                    || matches!(tk.lower(c.first.wrapping_sub(2)).as_ref(), "said" | "says" | "told")))
        {
            (Organization, STRONG, "org_noun")
        } else if (tk.is_w(c.end, wc::ORG_NOUN)
            || matches!(
                next,
                "newspaper"
                    | "news"
                    | "spokesman"
                    | "spokeswoman"
                    | "chairman"
                    | "shares"
                    | "stock"
                    | "owner"
                    | "organisation"
                    | "organization"
                    | "shareholders"
                    | "executives"
            ))
            && !tk.is(c.first, wc::GIVEN)
        {
            // "Le Matin newspaper", "Ericsson spokesman Per Zetterquist", "Pirelli shares".
            (Organization, MEDIUM, "org_noun_after")
        } else if matches!(prev, "v" | "vs" | "beat" | "against") && !tk.is(c.first, wc::GIVEN) && next != "("
        {
            // "May 18 v Worcestershire", "beat Somerset".
            (Organization, WEAK, "org_opponent")
        } else if prev == "the" && !multi && first.ends_with('s') && !tk.is_w(c.end, wc::SPEECH) {
            // "the Springboks": a team or group.
            (Organization, WEAK, "org_the_plural")
        } else if prev == "of" && tk.is(c.first.wrapping_sub(2), wc::PLACE_NOUN) {
            (Place, STRONG, "loc_place_noun")
        } else if tk.is(c.end, wc::PLACE_NOUN) && next == next_l
            || matches!(
                prev_l,
                "neighbouring"
                    | "neighboring"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "central"
                    | "coastal"
                    | "northeastern"
                    | "northwestern"
                    | "southeastern"
                    | "southwestern"
            )
        {
            // "the eastern Sharqiyah province", "neighbouring Chatelineaux".
            (Place, MEDIUM, "loc_place_noun")
        } else if matches!(next_l, "said" | "says") && matches!(next2_l, "it" | "its") {
            (Organization, MEDIUM, "org_said_it")
        } else if matches!(next_l, "said" | "says") && matches!(next2_l, "he" | "she" | "his" | "her") {
            (Person, MEDIUM, "per_said_he")
        } else if c.titled || tk.is(c.first.wrapping_sub(1), wc::TITLE) && !mentions::is_cap(prev) {
            (Person, STRONG, "per_title")
        } else if matches!(prev, "Mr" | "Mrs" | "Ms" | "Dr" | "Mr." | "Mrs." | "Ms." | "Dr.") {
            (Person, STRONG, "per_honorific")
        } else if multi && tk.is(c.first, wc::GIVEN) && !mentions::is_acronym(last) {
            (Person, STRONG, "per_given_name")
        } else if mentions::is_acronym(first) && !multi {
            (Organization, MEDIUM, "org_acronym")
        } else if tk.is_w(c.end, wc::SPEECH) || (next == "," && tk.is_w(c.end + 1, wc::SPEECH)) {
            (Person, MEDIUM, "per_speech")
        } else if multi
            && !tk.is(c.first, wc::GIVEN)
            && (!tk.is(c.first, wc::SURNAME) || tk.is(c.first, wc::COMMON))
            // "Van Poppel", "Danie van Schalkwyk": a name particle, not the city of Van.
            && !(c.first..c.end).any(|k| tk.is(k, wc::PARTICLE))
            && (c.first..c.end)
                .any(|k| mentions::gaz_at(&ctx.tk, k, c.end, lex).is_some_and(|(_, g)| g.kind() == Place))
        {
            // "Real Madrid", "Air France": a name built on a place.
            (Organization, MEDIUM, "org_with_place")
        } else if multi && tk.is(last_k, wc::SURNAME) {
            (Person, MEDIUM, "per_surname")
        } else if !multi && matches!(prev_l, "in" | "near" | "outside") {
            (Place, MEDIUM, "loc_prep")
        } else if !multi && PLACE_PREP.contains(&prev_l) {
            (Place, WEAK, "loc_prep")
        } else if !multi && tk.is(last_k, wc::SURNAME) {
            (Person, WEAK, "per_surname")
        } else if !multi && tk.is(c.first, wc::GIVEN) {
            (Person, WEAK, "per_given_alone")
        } else if multi && (tk.is(last_k, wc::COMMON) || lex.has(last_l.trim_end_matches('s'), wc::COMMON)) {
            // "Cook Political Report", "Pell Grants": a common noun ends no person's name.
            (Organization, WEAK, "org_common_head")
        } else if multi && (chars_are(last, 1) || mentions::is_roman(last)) && !tk.is(c.first, wc::GIVEN) {
            // "Division B", "Group II", "August MO"-like ends: no name of anyone (a person with a
            // given name was typed above: "Malcolm X").
            (Group, 0, "drop_letter")
        } else if multi && matches!(prev_l, "the" | "a" | "an") {
            // "the White Sox", "a Pan Am flight": an article before an unknown name that no cue
            // makes a person.
            (Organization, WEAK, "org_after_article")
        } else if multi {
            (Person, WEAK, "per_default")
        } else {
            (Organization, WEAK, "org_default")
        };
        c.kind = Some(kind);
        c.strength = strength;
        c.rule = rule;
        if c.initial && rule == "per_speech" && first.ends_with('s') {
            // "Analysts said": a plural noun, unless the name is seen elsewhere.
            c.strength = WEAK;
        }
    }
    cands.retain(|c| c.rule != "drop_letter");
    if is_sports(doc, lex) {
        teams(doc, cands, ctx);
    }
}

/// A result from token `k`: a capitalised name, then a number within three tokens ("Sussex
/// 363", "Gloucestershire 183 and 185-4").
fn result_after(doc: &Doc, k: usize) -> bool {
    let toks = &doc.seg.tokens;
    toks.get(k).is_some_and(|t| t.kind == TokKind::Word && mentions::is_cap(t.text(doc.text)))
        && (k + 1..k + 4).any(|i| toks.get(i).is_some_and(|t| t.kind == TokKind::Number))
}

/// Bowling figures from token `k`: overs-maidens-runs-wickets ("7-0-32-0"), not a score ("2-1").
fn bowling_figures(doc: &Doc, k: usize) -> bool {
    let toks = &doc.seg.tokens;
    let num = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokKind::Number);
    let hyphen = |i: usize| toks.get(i).is_some_and(|t| t.glued && t.text(doc.text) == "-");
    num(k) && hyphen(k + 1) && num(k + 2) && hyphen(k + 3) && num(k + 4) && hyphen(k + 5)
}

fn toks_line_start(doc: &Doc, k: usize) -> bool {
    doc.seg.tokens.get(k).is_some_and(|t| t.line_start)
}

/// Facts about the document computed once: which tokens lie on a dateline, which sentences
/// carry no case information.
pub struct Ctx<'a> {
    /// Folded keys and flags of the tokens.
    pub tk: super::toks::Toks<'a>,
    datelines: Vec<bool>,
    pub caseless: Vec<bool>,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Doc) -> Ctx<'a> {
        let toks = &doc.seg.tokens;
        let tk = super::toks::Toks::new(doc.text, toks);
        let caseless =
            doc.seg.sentences.iter().map(|s| mentions::caseless(&tk, s.tokens.start, s.tokens.end)).collect();
        let mut datelines = vec![false; toks.len()];
        let mut s = 0;
        while s < toks.len() {
            let mut e = s + 1;
            while e < toks.len() && !toks.get(e).is_some_and(|t| t.line_start) {
                e += 1;
            }
            if e - s <= 15 && is_dateline(doc, s, e) {
                datelines.iter_mut().take(e).skip(s).for_each(|d| *d = true);
            }
            s = e;
        }
        Ctx { tk, datelines, caseless }
    }

    /// Is token `k` on a dateline?
    pub fn dateline(&self, k: usize) -> bool {
        self.datelines.get(k).copied().unwrap_or(false)
    }
}

/// Is the line of tokens `[s, e)` a dateline: a short line with an ISO date ("LONDON
/// 1996-08-30") or a wire credit ("WASHINGTON (AP) —")?
fn is_dateline(doc: &Doc, s: usize, e: usize) -> bool {
    let toks = &doc.seg.tokens;
    let w = |i: usize| toks.get(i).map(|t| t.text(doc.text)).unwrap_or("");
    (s..e).any(|i| {
        let iso = w(i).len() == 4
            && toks.get(i).is_some_and(|t| t.kind == TokKind::Number)
            && w(i + 1) == "-"
            && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Number);
        let credit = w(i) == "(" && matches!(w(i + 1), "AP" | "Reuters" | "AFP" | "UPI") && w(i + 2) == ")";
        iso || credit
    })
}

/// Does the document read as a sports report (data/entities/sport_words*.txt)?
fn is_sports(doc: &Doc, lex: &Lex) -> bool {
    // At least four distinct sports words, one of them specific.
    let mut found: FxSet<&str> = FxSet::default();
    let mut specific = false;
    for t in &doc.seg.tokens {
        if t.kind != TokKind::Word {
            continue;
        }
        let w = t.text(doc.text).as_bytes();
        let mut buf = [0u8; 16];
        if w.len() > buf.len() {
            continue;
        }
        // The filter first (it reads three bytes), then the word lower-cased into a stack
        // buffer: no allocation per token.
        let (i, bit) = super::lexicon::sport_slot(w);
        if lex.sport_filter.get(i).is_none_or(|f| f & bit == 0) || !w.is_ascii() {
            continue;
        }
        for (b, c) in buf.iter_mut().zip(w) {
            *b = c.to_ascii_lowercase();
        }
        let Some(key) = buf.get(..w.len()).and_then(|k| std::str::from_utf8(k).ok()) else { continue };
        if let Some((&s, &c)) = lex.words.get_key_value(key) {
            if c & wc::SPORT != 0 {
                specific = true;
                found.insert(s);
            } else if c & wc::SPORT_GENERIC != 0 {
                found.insert(s);
            }
        }
        if specific && found.len() >= 4 {
            return true;
        }
    }
    false
}

/// In a sports report, a city or region that is not where something happens is a team
/// ("Leicestershire beat Somerset", "NEW YORK 74 60"); countries stay places (national teams
/// are written as countries).
fn teams(doc: &Doc, cands: &mut [Cand], ctx: &Ctx) {
    let toks = &doc.seg.tokens;
    for c in cands.iter_mut() {
        // "( at Edgbaston , Birmingham )", "( at The Oval , London )": a venue and its town.
        let venue_town = word(doc, c.first.wrapping_sub(1)) == ","
            && (2..7)
                .map_while(|d| c.first.checked_sub(d))
                .take_while(|&k| {
                    !matches!(word(doc, k), "(" | ")" | "," | ";") && !toks_line_start(doc, k + 1)
                })
                .any(|k| word(doc, k) == "at");
        if venue_town {
            continue;
        }
        // Team nicknames: "Springboks", "Cardinals".
        if c.gaz.is_none() && c.strength <= WEAK && c.words() == 1 && word(doc, c.first).ends_with('s') {
            c.kind = Some(Organization);
            c.rule = "org_team_plural";
            c.strength = WEAK;
        }
        let dateline = ctx.dateline(c.first);
        // A venue heading a result: "Bristol : Gloucestershire 183".
        let venue = toks.get(c.first).is_some_and(|t| t.line_start) && word(doc, c.end) == ":";
        if dateline || venue {
            continue;
        }
        let prev = ctx.tk.lower(c.first.wrapping_sub(1));
        let next = word(doc, c.end);
        // A row of a results table: "Barnsley 3 3 0 0 8 2 9", "Norwich 1"; not bowling figures
        // ("Saqlain Mushtaq 10-0-59-1") nor initialled players ("C. Lewis 80").
        let initialled = toks.get(c.first + 1).is_some_and(|t| t.glued && t.text(doc.text) == ".");
        let person_cue =
            matches!(c.rule, "per_country_bracket" | "per_scorecard" | "per_age" | "per_said_before");
        let row_ok = c.strength <= MEDIUM && !initialled && !person_cue;
        let figures = toks.get(c.end + 1).is_some_and(|t| t.glued && t.text(doc.text) == "-");
        // "the Chelsea defender", "Surrey captain Chris Lewis".
        let team_role = matches!(
            next,
            "defender"
                | "striker"
                | "midfielder"
                | "captain"
                | "coach"
                | "manager"
                | "goalkeeper"
                | "batsman"
                | "bowler"
                | "pitcher"
                | "players"
                | "fans"
                | "supporters"
                | "all-rounder"
                | "forward"
        );
        if c.gaz.is_none() {
            if team_role && c.strength <= MEDIUM && !person_cue {
                c.kind = Some(Organization);
                c.strength = MEDIUM;
                c.rule = "org_team_role";
                continue;
            }
            if row_ok && toks.get(c.end).is_some_and(|t| t.kind == TokKind::Number) && !figures {
                c.kind = Some(Organization);
                c.strength = MEDIUM;
                c.rule = "org_table_row";
                c.initial = false;
            }
            continue;
        }
        let Some(g) = c.gaz else { continue };
        if !matches!(g.class, super::lexicon::Class::City | super::lexicon::Class::Region) {
            continue;
        }
        // Not after "for": "homered for Cleveland" is the team (measured: "for" as a place
        // preposition loses 8 teams on CoNLL-2003 and keeps no place).
        // "in the Balkans": the article skipped.
        let prev = if prev == "the" { ctx.tk.lower(c.first.wrapping_sub(2)) } else { prev };
        if matches!(prev.as_ref(), "in" | "at" | "from" | "near" | "of" | "to" | "(" | "said") {
            continue;
        }
        c.kind = Some(Organization);
        c.strength = MEDIUM;
        c.rule = "org_team";
    }
}

/// A weak name coordinated with a typed one takes its type: "between Tuzla and Mahala",
/// "Breisach , Kehl and Freiburg".
fn coordination(doc: &Doc, cands: &mut [Cand]) {
    let joined =
        |a: &Cand, b: &Cand| b.first == a.end + 1 && matches!(word(doc, a.end), "," | "and" | "or" | "&");
    for i in 0..cands.len() {
        let Some(c) = cands.get(i) else { continue };
        if c.strength > WEAK || c.gaz.is_some() {
            continue;
        }
        let before = i.checked_sub(1).and_then(|p| cands.get(p)).filter(|p| joined(p, c));
        let after = cands.get(i + 1).filter(|n| joined(c, n));
        let typed = [before, after]
            .into_iter()
            .flatten()
            .find(|x| x.strength >= MEDIUM && x.kind.is_some_and(|k| k != Group))
            .and_then(|x| x.kind);
        if let (Some(k), Some(c)) = (typed, cands.get_mut(i)) {
            c.kind = Some(k);
            c.strength = MEDIUM;
            c.rule = "doc_coordination";
        }
    }
}

/// The folded names the document pass asks about, each with a number (no string hashing after
/// the first look-up), and what is known per number.
struct Names<'t> {
    ids: FxMap<Cow<'t, str>, u32>,
    /// Votes per type (strong 9, medium 4, weak 1).
    votes: Vec<[u32; 4]>,
    /// The surname (or other part) of a confidently typed person.
    part: Vec<bool>,
    /// Written by a candidate that is not sentence-initial, outside caseless lines.
    mid_cap: Vec<bool>,
    /// Asked whether the document writes it in lower case; the answer.
    asked_lower: Vec<bool>,
    lower: Vec<bool>,
}

impl<'t> Names<'t> {
    fn id(&mut self, key: Cow<'t, str>) -> usize {
        let next = self.votes.len() as u32;
        let id = *self.ids.entry(key).or_insert(next) as usize;
        if id == self.votes.len() {
            self.votes.push([0; 4]);
            self.part.push(false);
            self.mid_cap.push(false);
            self.asked_lower.push(false);
            self.lower.push(false);
        }
        id
    }

    fn get(&self, key: &str) -> Option<usize> {
        self.ids.get(key).map(|&i| i as usize)
    }

    /// Typed with some confidence (medium or better somewhere): the winning type.
    fn seen(&self, id: usize) -> Option<EntityType> {
        let v = self.votes.get(id)?;
        v.iter().any(|&x| x >= 4).then(|| best(v).0)
    }

    fn part(&self, id: usize) -> bool {
        self.part.get(id).copied().unwrap_or(false)
    }
}

/// The type with the most votes (the first on a tie) and its votes.
fn best(v: &[u32; 4]) -> (EntityType, u32) {
    let mut b = 0;
    for i in 1..4 {
        if v[i] > v[b] {
            b = i;
        }
    }
    (KINDS[b], v[b])
}

/// Second pass: document-level consistency, and names in caseless lines.
pub fn document(doc: &Doc, cands: &mut Vec<Cand>, ctx: &Ctx, lex: &Lex) {
    let tk = &ctx.tk;
    let mut names = Names {
        ids: FxMap::with_capacity_and_hasher(cands.len(), Default::default()),
        votes: Vec::with_capacity(cands.len()),
        part: Vec::with_capacity(cands.len()),
        mid_cap: Vec::with_capacity(cands.len()),
        asked_lower: Vec::with_capacity(cands.len()),
        lower: Vec::with_capacity(cands.len()),
    };
    // The number of each candidate's folded text.
    let mut kid: Vec<usize> = cands.iter().map(|c| names.id(tk.key_cow(c.first, c.end))).collect();
    // Votes: folded text → weight per type (strong 9, medium 4, weak 1); surnames of persons.
    for (c, &id) in cands.iter().zip(&kid) {
        let (Some(k), s) = (c.kind, c.strength) else { continue };
        if c.caseless {
            continue;
        }
        let w = match s {
            STRONG => 9,
            MEDIUM => 4,
            WEAK => 1,
            _ => 0,
        };
        if let Some(v) = names.votes.get_mut(id) {
            v[slot(k)] += w;
        }
        if k == Organization && c.words() >= 2 && s >= STRONG && c.gaz.is_none() {
            // "Cofinec S.A." → "Cofinec".
            let w = tk.key_cow(c.first, c.first + 1);
            if chars_more(&w, 2) {
                let id = names.id(w);
                if let Some(v) = names.votes.get_mut(id) {
                    v[slot(Organization)] += 4;
                }
            }
        }
        // "Mr. Trump": a surname on its own, typed with confidence.
        if k == Person && c.words() == 1 && s >= STRONG && c.gaz.is_none() {
            let w = tk.key_cow(c.first, c.first + 1);
            if chars_more(&w, 1) {
                let id = names.id(w);
                if let Some(p) = names.part.get_mut(id) {
                    *p = true;
                }
            }
        }
        if k == Person && c.words() >= 2 && s >= MEDIUM {
            for t in c.first..c.end {
                if doc.seg.tokens.get(t).is_some_and(|t| t.kind == TokKind::Word) {
                    let w = tk.key_cow(t, t + 1);
                    // The surname always; other words only when they name no place
                    // ("Virginia" in "Virginia Foxx" stays the state elsewhere).
                    let last = t + 1 == c.end;
                    if chars_more(&w, 1)
                        && !PARTICLES_LOWER.contains(&w.as_ref())
                        && (last || !lex.has(w.as_ref(), wc::GAZ))
                    {
                        let id = names.id(w);
                        if let Some(p) = names.part.get_mut(id) {
                            *p = true;
                        }
                    }
                }
            }
        }
    }
    // Names typed with some confidence (medium or better somewhere) keep their type from here on
    // (the votes change no more).
    for (c, &id) in cands.iter_mut().zip(&kid) {
        // Places on a dateline, or after "at"/"in" ("KANSAS CITY AT DETROIT"), stay places.
        let at = matches!(tk.lower(c.first.wrapping_sub(1)).as_ref(), "at" | "in");
        if c.gaz.is_some_and(|g| g.kind() == Place) && (ctx.dateline(c.first) || at && c.rule != "org_team") {
            continue;
        }
        // A city as a team is read per occurrence ("in Milwaukee" is the place, "Milwaukee has
        // won" the team): no vote changes it.
        if c.rule == "org_team" {
            // A person's surname still follows the person ("MaliVai Washington").
            if c.words() == 1 && names.part(id) {
                c.kind = Some(Person);
                c.rule = "doc_surname";
            }
            continue;
        }
        let part = names.part(id);
        if c.strength >= STRONG && c.gaz.is_some() && c.rule != "org_team" {
            // A person's surname that is also a place ("Jordan") follows the person when it
            // stands alone.
            if c.words() == 1 && part && c.gaz.is_some_and(|g| g.class != super::lexicon::Class::Demonym) {
                c.kind = Some(Person);
                c.rule = "doc_surname";
            }
            continue;
        }
        if c.words() == 1 && c.strength < STRONG && part {
            c.kind = Some(Person);
            c.strength = MEDIUM;
            c.rule = "doc_surname";
            continue;
        }
        if c.strength < STRONG {
            if let Some(v) = names.votes.get(id) {
                let (k, w) = best(v);
                if Some(k) != c.kind && w > 0 {
                    c.kind = Some(k);
                    c.rule = "doc_vote";
                }
                if w >= 4 {
                    c.strength = c.strength.max(MEDIUM);
                }
            }
        }
    }
    coordination(doc, cands);
    // Sentence-initial words with no evidence but their capital are dropped, and so are weak
    // single words that the document also writes in lower case ("Prices", "Data").
    // The words asked about below, then which of them the document writes in lower case (a
    // scan of every token, so a cheap filter on length and first byte before each look-up).
    let shout_check = |c: &Cand| c.gaz.is_none() && c.strength < STRONG;
    let shouted_words = |c: &Cand| {
        (c.first..c.end)
            .filter(|&k| tk.is_word(k))
            .map(|k| (k, tk.word(k)))
            .filter(|(_, w)| chars_more(w, 1) && w.chars().all(|ch| !ch.is_lowercase()))
            .map(|(k, _)| k)
    };
    // The shouted words (token, number), per candidate (in a flat list).
    let mut shouted: Vec<(usize, usize)> = Vec::new();
    let mut shouted_at: Vec<usize> = Vec::with_capacity(cands.len() + 1);
    for (c, &id) in cands.iter().zip(&kid) {
        shouted_at.push(shouted.len());
        if shout_check(c) {
            for k in shouted_words(c) {
                let id = names.id(tk.lower(k));
                shouted.push((k, id));
            }
        }
        if c.strength <= WEAK && c.words() == 1 {
            if let Some(x) = names.asked_lower.get_mut(id) {
                *x = true;
            }
        }
    }
    shouted_at.push(shouted.len());
    for &(_, id) in &shouted {
        if let Some(x) = names.asked_lower.get_mut(id) {
            *x = true;
        }
    }
    // A filter on the first bytes and the length: 64 bits per name asked about, from 1,024 to
    // 65,536 bits (a short article does not clear 8 KB).
    let asked = names.asked_lower.iter().filter(|&&a| a).count();
    let log2 = (asked * 64).next_power_of_two().trailing_zeros().clamp(10, 16);
    let mut filter = vec![0u64; 1 << (log2 - 6)];
    let slot = |b: &[u8]| {
        let x = |i: usize| u64::from(b.get(i).copied().unwrap_or(0));
        let last = x(b.len().wrapping_sub(1));
        let h = (b.len() as u64 ^ x(0) << 8 ^ x(1) << 16 ^ x(2) << 24 ^ last << 32)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            >> (64 - log2);
        ((h >> 6) as usize, h & 63)
    };
    for (w, &id) in &names.ids {
        if names.asked_lower.get(id as usize).copied().unwrap_or(false) {
            let (i, bit) = slot(w.as_bytes());
            if let Some(f) = filter.get_mut(i) {
                *f |= 1 << bit;
            }
        }
    }
    let text = doc.text;
    for (t, &f) in tk.toks.iter().zip(tk.flags(0, tk.len())) {
        // Words that do not start with a capital (most of them).
        if f & (WORD | CAP) != WORD {
            continue;
        }
        // Bytes first (the filter needs no string); the text only for the few that pass.
        let Some(b) = text.as_bytes().get(t.span.start..t.span.end) else { continue };
        let lower_start = match b.first() {
            Some(c) if c.is_ascii() => c.is_ascii_lowercase(),
            Some(_) => t.text(text).starts_with(|c: char| c.is_lowercase()),
            None => false,
        };
        if !lower_start {
            continue;
        }
        let (i, bit) = slot(b);
        if filter.get(i).is_none_or(|f| f & (1 << bit) == 0) {
            continue;
        }
        let Some(w) = text.get(t.span.start..t.span.end) else { continue };
        if let Some(id) = names.get(w) {
            if names.asked_lower.get(id).copied().unwrap_or(false) {
                if let Some(x) = names.lower.get_mut(id) {
                    *x = true;
                }
            }
        }
    }
    let is_lower = |id: usize| names.lower.get(id).copied().unwrap_or(false);
    for (c, &id) in cands.iter().zip(&kid) {
        if !c.initial && !c.caseless {
            if let Some(x) = names.mid_cap.get_mut(id) {
                *x = true;
            }
        }
    }
    let mut i = 0;
    let mut keep = Vec::with_capacity(cands.len());
    for c in cands.iter() {
        let n = i;
        i += 1;
        let id = kid.get(n).copied().unwrap_or(usize::MAX);
        // Shouted common words are no names: "SALE", "CRUDE OIL", "PRESS DIGEST".
        if shout_check(c) {
            let range = shouted_at.get(n).copied().unwrap_or(0)..shouted_at.get(n + 1).copied().unwrap_or(0);
            let words = shouted.get(range).unwrap_or(&[]);
            if words.iter().any(|&(k, w)| tk.is(k, wc::COMMON) || is_lower(w)) {
                keep.push(false);
                continue;
            }
        }
        // A label before a colon: "Scorers :", "DELIVERY :", "Use of Proceeds :" (a person or a
        // place stays: "Smith : we will …" in a transcript, "At Hove :" heading a result).
        if c.words() == 1
            && c.gaz.is_none()
            && c.strength < STRONG
            && !matches!(c.kind, Some(Person | Place))
            && word(doc, c.end) == ":"
        {
            keep.push(false);
            continue;
        }
        if c.strength > WEAK || c.words() != 1 {
            keep.push(true);
            continue;
        }
        let drop = is_lower(id)
            || matches!(c.rule, "org_default" | "loc_prep")
                && lex.has(tk.key_cow(c.first, c.end).as_ref(), wc::COMMON);
        keep.push(
            !drop
                && (!c.initial
                    || names.seen(id).is_some()
                    || names.mid_cap.get(id).copied().unwrap_or(false)),
        );
    }
    let mut flags = keep.iter();
    cands.retain(|_| flags.next().copied().unwrap_or(true));
    kid.clear();
    // Caseless lines: words and phrases seen elsewhere in the document.
    caseless_names(doc, cands, &names, ctx);
}

const KINDS: [EntityType; 4] = [Person, Organization, Place, Group];

fn slot(k: EntityType) -> usize {
    match k {
        Person => 0,
        Organization => 1,
        Place => 2,
        Group => 3,
    }
}

const PARTICLES_LOWER: &[&str] =
    &["de", "da", "di", "del", "van", "von", "der", "bin", "al", "el", "la", "le", "-"];

fn caseless_names(doc: &Doc, cands: &mut Vec<Cand>, names: &Names, ctx: &Ctx) {
    let toks = &doc.seg.tokens;
    let mut buf = String::new();
    // Tokens already inside a caseless gazetteer mention.
    let mut taken = vec![false; toks.len()];
    for c in cands.iter().filter(|c| c.caseless) {
        taken.iter_mut().take(c.end).skip(c.first).for_each(|t| *t = true);
    }
    let is_taken = |k: usize| taken.get(k).copied().unwrap_or(false);
    let mut add = Vec::new();
    for (si, s) in doc.seg.sentences.iter().enumerate() {
        if !ctx.caseless.get(si).copied().unwrap_or(false) {
            continue;
        }
        let mut k = s.tokens.start;
        while k < s.tokens.end {
            if is_taken(k) || !toks.get(k).is_some_and(|t| t.kind == TokKind::Word) {
                k += 1;
                continue;
            }
            // Longest phrase (up to 5 tokens) seen elsewhere.
            let mut found = None;
            for e in (k + 1..=(k + 5).min(s.tokens.end)).rev() {
                if (k..e).any(is_taken) {
                    continue;
                }
                let Some(id) = names.get(ctx.tk.key(k, e, &mut buf)) else { continue };
                if let Some(ty) = names.seen(id) {
                    found = Some((e, ty, "caseless_seen"));
                    break;
                }
                if e == k + 1 && names.part(id) {
                    found = Some((e, Person, "caseless_surname"));
                }
            }
            if let Some((e, ty, rule)) = found {
                let start = toks.get(k).map(|t| t.span.start).unwrap_or(0);
                let end = toks.get(e - 1).map(|t| t.span.end).unwrap_or(start);
                add.push(Cand {
                    span: crate::model::Span::new(start, end),
                    first: k,
                    end: e,
                    kind: Some(ty),
                    strength: MEDIUM,
                    rule,
                    gaz: None,
                    titled: false,
                    initial: false,
                    caseless: true,
                    nwords: mentions::count_words(toks, k, e),
                });
                k = e;
                continue;
            }
            k += 1;
        }
    }
    let key = |c: &Cand| (c.span.start, std::cmp::Reverse(c.span.end));
    if cands.is_sorted_by_key(key) && add.is_sorted_by_key(key) {
        // Both in order: merged, earlier candidates first on a tie (what a stable sort of the
        // two lists one after the other gives).
        let old = std::mem::take(cands);
        cands.reserve(old.len() + add.len());
        let (mut a, mut b) = (old.into_iter().peekable(), add.into_iter().peekable());
        loop {
            let take_b = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => key(y) < key(x),
                (None, Some(_)) => true,
                (_, None) => false,
            };
            match if take_b { b.next() } else { a.next() } {
                Some(c) => cands.push(c),
                None => break,
            }
        }
    } else {
        cands.extend(add);
        crate::sort::sort_by_key(cands, key);
    }
}
