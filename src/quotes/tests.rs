//! Input → (content, kind, cue, speaker) tables for every construction, negative cases included.
//! Mentions are given by hand where attribution to an entity is tested.

use super::*;
use crate::document::Doc;
use crate::model::{EntityType, Mention};

fn doc(text: &str) -> Doc<'_> {
    Doc::undated(text)
}

/// (content, kind, cue, speaker phrase) of every quote.
fn run(text: &str) -> Vec<(String, &'static str, String, String)> {
    let d = doc(text);
    extract(&d, &[], &[])
        .into_iter()
        .map(|q| {
            let kind = match q.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Partial => "partial",
                QuoteKind::Indirect => "indirect",
            };
            (
                q.text,
                kind,
                q.cue_text.unwrap_or_default(),
                q.speaker_span.map(|s| s.text(text).to_string()).unwrap_or_default(),
            )
        })
        .collect()
}

type Row<'a> = (&'a str, &'a str, &'a str, &'a str);

fn check(cases: &[(&str, &[Row])]) {
    for (input, want) in cases {
        let got = run(input);
        let got: Vec<Row> = got.iter().map(|(a, b, c, d)| (a.as_str(), *b, c.as_str(), d.as_str())).collect();
        assert_eq!(&got, want, "input {input:?}");
    }
}

#[test]
fn reported_speech() {
    check(&[
        // A refusal to speak reports; "declined to go into specifics" (not_quotes) does not.
        (
            "Rubio declined to comment on the talks.",
            &[("to comment on the talks", "indirect", "declined", "Rubio")],
        ),
        ("Rubio agreed with the analysis.", &[("the analysis", "indirect", "agreed with", "Rubio")]),
        ("In December, 55 percent said so.", &[("so", "indirect", "said", "55 percent")]),
        (
            "Trump took to Twitter overnight to accuse the campaign of being duped.",
            &[("the campaign of being duped", "indirect", "accuse", "Trump")],
        ),
        (
            "Cruz said if elected president he could work with the leadership.",
            &[("if elected president he could work with the leadership", "indirect", "said", "Cruz")],
        ),
        (
            "Politifact then ruled that the statement was false.",
            &[("the statement was false", "indirect", "ruled", "Politifact")],
        ),
        // An attitude adjective after "be" reports a stance.
        (
            "Many voters are deeply skeptical of the Democratic establishment.",
            &[("the Democratic establishment", "indirect", "skeptical of", "Many voters")],
        ),
        (
            "His aides were confident that he would win.",
            &[("he would win", "indirect", "confident", "His aides")],
        ),
        ("Sanders touted his campaign’s work.", &[("his campaign’s work", "indirect", "touted", "Sanders")]),
        ("Cruz vouched for the senator.", &[("the senator", "indirect", "vouched for", "Cruz")]),
        // A time phrase opens the sentence: the participle speaks for the subject after it.
        (
            "Hours later, Trump returned the compliment, telling Reuters that they have been friends.",
            &[("they have been friends", "indirect", "telling Reuters", "Trump")],
        ),
        // Adverbs between the subject and the cue: "has long admired", "even queried".
        (
            "Sanders has long argued that the system is rigged.",
            &[("the system is rigged", "indirect", "argued", "Sanders")],
        ),
        (
            "Clinton made it clear to House Democrats on Wednesday that she has their backs.",
            &[("she has their backs", "indirect", "made it clear", "Clinton")],
        ),
        (
            "Officials made clear Monday they have no plans.",
            &[("they have no plans", "indirect", "made clear", "Officials")],
        ),
        (
            "Carson admitted that the course name was wrong.",
            &[("the course name was wrong", "indirect", "admitted", "Carson")],
        ),
        (
            "Sanders suggests the former secretary is a captive of Wall Street.",
            &[("the former secretary is a captive of Wall Street", "indirect", "suggests", "Sanders")],
        ),
        (
            "Sanders has cast the Clintons as part of the establishment.",
            &[("the Clintons as part of the establishment", "indirect", "cast", "Sanders")],
        ),
        (
            "Cameron criticised Trump in parliament.",
            &[("Trump in parliament", "indirect", "criticised", "Cameron")],
        ),
        (
            "Rubio said on Sunday the sides had made progress.",
            &[("the sides had made progress", "indirect", "said", "Rubio")],
        ),
        (
            "United States Secretary of State Marco Rubio, who led the American delegation, told reporters that negotiators had achieved progress.",
            &[(
                "negotiators had achieved progress",
                "indirect",
                "told reporters",
                "United States Secretary of State Marco Rubio",
            )],
        ),
        (
            "However, he emphasized that additional work remains before any final agreement.",
            &[("additional work remains before any final agreement", "indirect", "emphasized", "he")],
        ),
        (
            "Spokesman Dmitry Peskov confirmed on Monday that Moscow has not received any information, though Russian officials have been monitoring reports.",
            &[(
                "Moscow has not received any information",
                "indirect",
                "confirmed",
                "Spokesman Dmitry Peskov",
            )],
        ),
        (
            "Secret Service protocol called for an escort to the hospital, sources said.",
            &[(
                "Secret Service protocol called for an escort to the hospital",
                "indirect",
                "said",
                "sources",
            )],
        ),
        (
            "The campaign changed course at the last minute, said the source.",
            &[("The campaign changed course at the last minute", "indirect", "said", "the source")],
        ),
        (
            "The talks will resume next week, according to two diplomats.",
            &[("The talks will resume next week", "indirect", "according to", "two diplomats")],
        ),
        (
            "The blast happened at 8:30 p.m. in front of the building, according to the police.",
            &[(
                "The blast happened at 8:30 p.m. in front of the building",
                "indirect",
                "according to",
                "the police",
            )],
        ),
        (
            "According to the ministry, the talks will resume next week.",
            &[("the talks will resume next week", "indirect", "According to", "the ministry")],
        ),
        (
            "The joint statement from both countries confirmed that the consultations showed progress, with the parties drafting a framework.",
            &[(
                "the consultations showed progress",
                "indirect",
                "confirmed",
                "The joint statement from both countries",
            )],
        ),
        (
            "Zelensky described it as a critical moment for Ukraine, warning that Putin wants legal recognition.",
            &[
                ("it as a critical moment for Ukraine", "indirect", "described", "Zelensky"),
                ("Putin wants legal recognition", "indirect", "warning", "Zelensky"),
            ],
        ),
        // A noun-phrase object as content (PolNeAR counts these) ...
        (
            "Trump called for the repeal of the law.",
            &[("the repeal of the law", "indirect", "called for", "Trump")],
        ),
        (
            "Clinton criticized the plan as too costly.",
            &[("the plan as too costly", "indirect", "criticized", "Clinton")],
        ),
        (
            "Wells Fargo just this month announced it would get rid of these incentives.",
            &[("it would get rid of these incentives", "indirect", "announced", "Wells Fargo")],
        ),
        (
            "In Honolulu, he told a meeting of Pacific Island leaders that few people understood the stakes.",
            &[(
                "few people understood the stakes",
                "indirect",
                "told a meeting of Pacific Island leaders",
                "he",
            )],
        ),
        (
            "Clinton called on Congress to pass a deal and said funding is needed.",
            &[
                ("Congress to pass a deal", "indirect", "called on", "Clinton"),
                ("funding is needed", "indirect", "said", "Clinton"),
            ],
        ),
        (
            "She said, if elected, she would ask Biden to lead the initiative.",
            &[("if elected, she would ask Biden to lead the initiative", "indirect", "said", "She")],
        ),
        (
            "A lawyer for the news outlets, David Schulz, said no decision had been made.",
            &[("no decision had been made", "indirect", "said", "A lawyer for the news outlets")],
        ),
        ("He said no to the deal.", &[]),
        (
            "For some, the losses would outstrip the gains, said Batchelder.",
            &[("For some, the losses would outstrip the gains", "indirect", "said", "Batchelder")],
        ),
        (
            "Black lawmakers said the remarks were an insult on Friday afternoon, as they briefed reporters.",
            &[("the remarks were an insult on Friday afternoon", "indirect", "said", "Black lawmakers")],
        ),
        (
            "Bob Smith -- who wrote a book on the debates -- said the candidate liked announcements.",
            &[("the candidate liked announcements", "indirect", "said", "Bob Smith")],
        ),
        (
            "Trump said after the convention he would not accept the endorsement.",
            &[("he would not accept the endorsement", "indirect", "said", "Trump")],
        ),
        (
            "And every Friday, the former executive told The Washington Post, Fiorina would lead a meeting.",
            &[(
                "And every Friday, the former executive told The Washington Post, Fiorina would lead a meeting",
                "indirect",
                "told The Washington Post",
                "the former executive",
            )],
        ),
        (
            "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was adrift.",
            &[("he was adrift", "indirect", "says", "Sen. Chris Murphy")],
        ),
        (
            "He went on to say that Russia's economy had hit bottom.",
            &[("Russia's economy had hit bottom", "indirect", "say", "He")],
        ),
        (
            "The camera is facing the ground, and she becomes upset, shouting that he was unarmed.",
            &[("he was unarmed", "indirect", "shouting", "she")],
        ),
        // Titles and names in marks are part of the speaker phrase, not quotes.
        (
            "The book “Fire and Fury” says Trump is unfit for office.",
            &[("Trump is unfit for office", "indirect", "says", "The book “Fire and Fury”")],
        ),
        (
            "The “Never Trump” movement said it would continue.",
            &[("it would continue", "indirect", "said", "The “Never Trump” movement")],
        ),
        (
            "Trump said on “Fox & Friends” that the plan failed.",
            &[("the plan failed", "indirect", "said", "Trump")],
        ),
        (
            "Clinton told “Meet the Press” that she would win.",
            &[("she would win", "indirect", "told “Meet the Press”", "Clinton")],
        ),
        (
            "In an interview with “60 Minutes,” Trump said he would win.",
            &[("he would win", "indirect", "said", "Trump")],
        ),
        (
            "Speaking on CBS’s “Face the Nation,” Rubio said the talks went well.",
            &[("the talks went well", "indirect", "said", "Rubio")],
        ),
        // ... but announcing or suggesting a thing is no statement (the seeds' convention).
        ("The United States and Ukraine have announced a revised framework.", &[]),
        // Noun uses of verbs are no cues.
        ("They crafted a version of the US plan that pushes back on limits.", &[]),
        ("Ukraine relies on military support to sustain its defense.", &[]),
        // Infinitive content of intention verbs.
        (
            "Clinton plans to call on young people to serve.",
            &[("to call on young people to serve", "indirect", "plans", "Clinton")],
        ),
        // Particle verbs.
        (
            "Trump called for the complete repeal of the law.",
            &[("the complete repeal of the law", "indirect", "called for", "Trump")],
        ),
        // Nested appositives, parentheses, relative pronouns, quantifiers, coordination.
        (
            "Schiff, 56, who has served on the committee for a decade, told reporters the leak was clear.",
            &[("the leak was clear", "indirect", "told reporters", "Schiff")],
        ),
        (
            "Gov. Mike Pence (R-IN) said the tweet was only a joke.",
            &[("the tweet was only a joke", "indirect", "said", "Gov. Mike Pence")],
        ),
        (
            "The fine came from the European Union, which contended that Ireland undertaxed the company.",
            &[("Ireland undertaxed the company", "indirect", "contended", "which")],
        ),
        (
            "To varying degrees, all agreed that the plan would raise taxes.",
            &[("the plan would raise taxes", "indirect", "agreed", "all")],
        ),
        (
            "China and Russia support the government in the war.",
            &[("the government in the war", "indirect", "support", "China and Russia")],
        ),
        (
            "Some Democrats, however, question the wisdom of the choice.",
            &[("the wisdom of the choice", "indirect", "question", "Some Democrats")],
        ),
        (
            "Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.",
            &[("it means Trump never paid", "indirect", "says", "Clinton")],
        ),
        (
            "Hillary Clinton is stressing that her plans will work.",
            &[("her plans will work", "indirect", "stressing", "Hillary Clinton")],
        ),
        (
            "He said that, if elected, he would leave such decisions to generals.",
            &[("if elected, he would leave such decisions to generals", "indirect", "said", "He")],
        ),
        (
            "As POLITICO revealed, most of the payments were for books.",
            &[("most of the payments were for books", "indirect", "revealed", "POLITICO")],
        ),
        (
            "The poll, released on Wednesday by the institute, showed Clinton leading Sanders.",
            &[("Clinton leading Sanders", "indirect", "showed", "The poll")],
        ),
        (
            "According to conservative talk radio host Rush Limbaugh, the move reeks of fear.",
            &[(
                "the move reeks of fear",
                "indirect",
                "According to",
                "conservative talk radio host Rush Limbaugh",
            )],
        ),
        (
            "Poll: Wealthy Voters Abandon Republican Party",
            &[("Wealthy Voters Abandon Republican Party", "indirect", ":", "Poll")],
        ),
        ("Stealth Over Health: Clinton Was Headed to ER", &[]),
        (
            "But as Liz Kreutz points out in a column on Yahoo News, interviews give Clinton an advantage.",
            &[("interviews give Clinton an advantage", "indirect", "points", "Liz Kreutz")],
        ),
        (
            "And he’s sought to protect breaks for real estate.",
            &[("to protect breaks for real estate", "indirect", "sought", "he")],
        ),
        (
            "The deal came from China and the United States, which together vowed to stave off the worst effects.",
            &[("to stave off the worst effects", "indirect", "vowed", "which")],
        ),
        // Headlines in Title Case: capitalised cues.
        (
            "Clinton Hid Health Problems From Public, Former White House Doctor Says",
            &[("Clinton Hid Health Problems From Public", "indirect", "Says", "Former White House Doctor")],
        ),
        // Name and colon.
        // A quotation after a colon: the subject of the sentence the colon ends.
        (
            "Clinton spoke in Nevada.\n\nShe then addressed the supporters again: “Here is what I regret.”",
            &[("Here is what I regret.", "direct", ":", "She")],
        ),
        (
            "WALLACE: Let’s start with breaking news on the debate.",
            &[("Let’s start with breaking news on the debate", "indirect", ":", "WALLACE")],
        ),
        // A headline label with an article is no speaker: the cue inside speaks.
        (
            "The Latest: Trump urges supporters to monitor polling places.",
            &[("to monitor polling places", "indirect", "urges supporters", "Trump")],
        ),
        (
            "The plan, officials said, would cost more than expected.",
            &[("The plan, officials said, would cost more than expected", "indirect", "said", "officials")],
        ),
    ]);
}

#[test]
fn direct_quotes() {
    check(&[
        (
            "“The Russians get a vote here. They have to agree for it to work,” he stated, acknowledging that Moscow’s approval remains uncertain.",
            &[
                (
                    "The Russians get a vote here. They have to agree for it to work,",
                    "direct",
                    "stated",
                    "he",
                ),
                ("Moscow’s approval remains uncertain", "indirect", "acknowledging", "he"),
            ],
        ),
        (
            "“I can tell you that the items are not insurmountable,” Rubio told reporters at the US mission in Geneva.",
            &[("I can tell you that the items are not insurmountable,", "direct", "told reporters", "Rubio")],
        ),
        (
            "Trump said, “When people come back from war, they need help.”",
            &[("When people come back from war, they need help.", "direct", "said", "Trump")],
        ),
        (
            "\"We will not stop until the job is done,\" said Victor Cha, a Korea scholar.",
            &[("We will not stop until the job is done,", "direct", "said", "Victor Cha")],
        ),
        // The splitter ends a sentence after "?”"; the attribution still reaches back.
        (
            "“Who would have believed we would get 14 million votes?” Trump said, looking out on the crowd.",
            &[("Who would have believed we would get 14 million votes?", "direct", "said", "Trump")],
        ),
        ("“Is it over?” said the source.", &[("Is it over?", "direct", "said", "the source")]),
        // ... but not after a quotation that ends its own sentence.
        (
            "Pyongyang acted with \"fanatic recklessness.\" South Korea said Kim was spiraling out of control.",
            &[("Kim was spiraling out of control", "indirect", "said", "South Korea")],
        ),
        (
            "''It has the virtue of being fiscally responsible,'' Leonard E. Burman, director of the center, said.",
            &[("It has the virtue of being fiscally responsible,", "direct", "said", "Leonard E. Burman")],
        ),
        (
            "GOP front-runner Donald Trump - who previously said he would bomb them - said at a rally that the US would win.",
            &[("the US would win", "indirect", "said", "GOP front-runner Donald Trump")],
        ),
        (
            "Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he has spoken with many of them.",
            &[("he has spoken with many of them", "indirect", "said", "Rep. Sander M. Levin")],
        ),
        // Interrupted: one quote across the attribution.
        (
            "“The tax laws are unfair,” Trump said Monday. “It’s something I’ve talked about for a long time.”",
            &[(
                "The tax laws are unfair,” Trump said Monday. “It’s something I’ve talked about for a long time.",
                "direct",
                "said",
                "Trump",
            )],
        ),
        // Nested quote inside a quote.
        (
            "“He told me ‘no deal’ and walked out of the room,” she said.",
            &[("He told me ‘no deal’ and walked out of the room,", "direct", "said", "she")],
        ),
        // “A,” she said, “B.”
        (
            "“If he thinks that makes him smart,” the narrator says, “what does he think of you?”",
            &[(
                "If he thinks that makes him smart,” the narrator says, “what does he think of you?",
                "direct",
                "says",
                "the narrator",
            )],
        ),
        // A quotation after "says," is the whole content.
        (
            "She begs him to come out and repeatedly says, \"Don't you do it,\" until shots are heard.",
            &[("Don't you do it,", "direct", "says", "She")],
        ),
        // A dash attribution under a reader comment.
        (
            "“I am truly afraid of what comes next for all of us.” ― Ana Ruiz",
            &[("I am truly afraid of what comes next for all of us.", "direct", "―", "Ana Ruiz")],
        ),
        // Guillemets.
        (
            "«Nous ne céderons jamais sur ce point,» a-t-il dit.",
            &[("Nous ne céderons jamais sur ce point,", "direct", "", "")],
        ),
    ]);
}

#[test]
fn paragraphs_and_cut_off_quotes() {
    check(&[
        // Reopened at the next paragraph without closing: one quote across both paragraphs,
        // attributed by the second; it does not swallow the rest.
        (
            "“We will get there. We need more time than we have today.\n“I feel optimistic about it,” Rubio said.\nThe talks ended.",
            &[(
                "We will get there. We need more time than we have today.\n“I feel optimistic about it,",
                "direct",
                "said",
                "Rubio",
            )],
        ),
        // A closed quotation and a new one in the next paragraph stay two quotes.
        (
            "“We will get there,” Rubio said.\n“I feel optimistic about it,” he added.",
            &[
                ("We will get there,", "direct", "said", "Rubio"),
                ("I feel optimistic about it,", "direct", "added", "he"),
            ],
        ),
        // Cut off mid-word at the end of the text.
        (
            "Rubio declined to go into specifics.\n“But I can tell you, I guess, that I feel very optimistic that we can get something don",
            &[(
                "But I can tell you, I guess, that I feel very optimistic that we can get something don",
                "direct",
                "",
                "",
            )],
        ),
    ]);
}

#[test]
fn partial_quotes() {
    check(&[
        (
            "Critics called the plan a “capitulation” and left.",
            &[("capitulation", "partial", "called", "Critics")],
        ),
        (
            "US Secretary of State Marco Rubio earlier on Sunday said the sides had made “tremendous” progress during the talks, though their statement offered no specifics.",
            &[(
                "the sides had made “tremendous” progress during the talks",
                "partial",
                "said",
                "US Secretary of State Marco Rubio",
            )],
        ),
        (
            "Rubio says ‘tremendous’ progress made in meetings with Ukrainian officials.",
            &[(
                "‘tremendous’ progress made in meetings with Ukrainian officials",
                "partial",
                "says",
                "Rubio",
            )],
        ),
        (
            "US and Ukraine announce ‘updated’ framework to end Russia’s war",
            &[("updated", "partial", "announce", "US and Ukraine")],
        ),
        (
            "US and Ukrainian officials said on Sunday that any deal should “fully uphold” Ukraine’s sovereignty as they unveiled an “updated and refined peace framework” that was scant on details.",
            &[
                (
                    "any deal should “fully uphold” Ukraine’s sovereignty",
                    "partial",
                    "said",
                    "US and Ukrainian officials",
                ),
                ("updated and refined peace framework", "partial", "unveiled", "they"),
            ],
        ),
        (
            "Washington and Kyiv reiterated their readiness to “secure a peace that ensures Ukraine’s security”, the joint statement said.",
            &[(
                "Washington and Kyiv reiterated their readiness to “secure a peace that ensures Ukraine’s security”",
                "partial",
                "said",
                "the joint statement",
            )],
        ),
    ]);
}

#[test]
fn not_quotes() {
    check(&[
        // Titles of works, names, scare quotes, "so-called".
        ("She read a book titled “The Art of the Deal” on the plane.", &[]),
        ("The “Fight for Fifteen” movement grew.", &[]),
        ("The so-called “peace plan” was leaked.", &[]),
        ("The plan was a “capitulation” in all but name.", &[]),
        ("He watched “Saving Private Ryan” again.", &[]),
        ("The mine sits near a stream called “Miracle Run.”", &[]),
        ("In his 1994 “Contract with America.” he laid out a plan.", &[]),
        // Noun uses and adverbs of cue words.
        ("Editor’s note: the story was updated.", &[]),
        ("The deal pushes back on proposed limits.", &[]),
        ("They made plans to build bunkers.", &[]),
        ("It is too soon to say whether her policies will work.", &[]),
        ("The ethnic vote in several battleground states could be decisive.", &[]),
        ("Trump's supporters continue to show signs of enthusiasm.", &[]),
        // An introductory phrase is no content when the clause goes on after the cue.
        ("In the end, Patriot agreed to lend him money.", &[]),
        ("In a later vote, he warned of the dangers.", &[("the dangers", "indirect", "warned of", "he")]),
        // Speech words that report nothing.
        ("Rubio declined to go into specifics about the amendments.", &[]),
        ("Sales declined to a record low.", &[]),
        ("The storm made roads impassable.", &[]),
        ("He made a clear mistake.", &[]),
        // "so" before more words is no one-word answer.
        ("He said so many things.", &[]),
        ("The king ruled the country for decades.", &[]),
        ("A skeptical voter left.", &[]),
        ("The room was divided into two parts.", &[]),
        ("The shopping list was long.", &[]),
        // An object verb takes a clause without "that" only when a finite verb follows its subject.
        ("The ministry announced a plan that would cut taxes.", &[]),
        ("The Kremlin responded cautiously to the developments.", &[]),
        ("The report was released on Sunday.", &[]),
        ("Ukraine continues to rely heavily on US intelligence.", &[]),
        ("Russia’s war and don’t stop", &[]),
        ("", &[]),
    ]);
}

#[test]
fn speakers_resolve_to_entities() {
    let text = "Marco Rubio met Donald Trump. He said the talks went well. The spokesman said it was over.";
    let d = doc(text);
    let m = |s: &str, id: u32, kind| {
        let start = text.find(s).unwrap();
        Mention {
            id: Id(start as u32 + 1),
            span: Span::new(start, start + s.len()),
            text: s.into(),
            kind,
            entity: Id(id),
            rule: "",
        }
    };
    let mentions = vec![m("Marco Rubio", 1, EntityType::Person), m("Donald Trump", 2, EntityType::Person)];
    let ent = |id: u32, name: &str, roles: &[&str]| Entity {
        id: Id(id),
        canonical: name.into(),
        kind: EntityType::Person,
        roles: roles.iter().map(|r| r.to_string()).collect(),
        role_spans: vec![],
        aliases: vec![],
        count: 1,
        mentions: vec![],
        related: None,
        salience: 1.0,
        rule: "",
    };
    let entities = vec![ent(1, "Marco Rubio", &[]), ent(2, "Donald Trump", &["White House spokesman"])];
    let q = extract(&d, &mentions, &entities);
    let got: Vec<_> =
        q.iter().map(|q| (q.speaker.as_deref(), q.speaker_entity.map(|e| e.to_string()))).collect();
    assert_eq!(
        got,
        vec![(Some("Marco Rubio"), Some("e1".to_string())), (Some("Donald Trump"), Some("e2".to_string()))]
    );
}

#[test]
fn a_description_with_a_name_inside_stays_a_phrase() {
    let text = "A reporter for USA Today said the candidate was removed.";
    let d = doc(text);
    let start = text.find("USA Today").unwrap();
    let mentions = vec![Mention {
        id: Id(1),
        span: Span::new(start, start + "USA Today".len()),
        text: "USA Today".into(),
        kind: EntityType::Organization,
        entity: Id(1),
        rule: "",
    }];
    let entities = vec![Entity {
        id: Id(1),
        canonical: "USA Today".into(),
        kind: EntityType::Organization,
        roles: vec![],
        role_spans: vec![],
        aliases: vec![],
        count: 1,
        mentions: vec![Id(1)],
        related: None,
        salience: 1.0,
        rule: "",
    }];
    let q = extract(&d, &mentions, &entities);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.as_deref(), Some("A reporter for USA Today"));
    assert_eq!(q[0].speaker_entity, None);
}

#[test]
fn plural_pronouns_and_groups() {
    let text = "US and Ukrainian officials said the talks went well. They added that a deal was close. \
                The joint statement said both sides agreed.";
    let d = doc(text);
    let q = extract(&d, &[], &[]);
    let got: Vec<_> = q
        .iter()
        .map(|q| (q.speaker.as_deref().unwrap_or(""), q.speaker_span.map(|s| s.text(text)).unwrap_or("")))
        .collect();
    assert_eq!(
        got,
        vec![
            ("US and Ukrainian officials", "US and Ukrainian officials"),
            ("US and Ukrainian officials", "They"),
            ("The joint statement", "The joint statement"),
        ]
    );
}

#[test]
fn odd_input_never_panics() {
    for t in [
        "\"",
        "“",
        "”",
        "'",
        "said",
        "said.",
        ", said",
        "according to",
        "“”",
        "“ ”",
        "\"\"\"",
        "‘’’‘",
        "said “",
        "He said: “",
        "“a” said “b” said",
        "According to",
        "according to,",
        "— said",
        "\n\n“\n”\n",
        "``''``",
    ] {
        let d = doc(t);
        for q in extract(&d, &[], &[]) {
            assert!(t.is_char_boundary(q.span.start) && t.is_char_boundary(q.span.end), "{t:?}");
        }
    }
}

/// Random soups of cue words, names, marks and punctuation: never a panic, spans on char
/// boundaries, quotes in text order.
#[test]
fn random_soup_never_panics() {
    const PIECES: &[&str] = &[
        "said",
        "says",
        "told",
        "according",
        "to",
        "that",
        "he",
        "she",
        "they",
        "who",
        "which",
        "Rubio",
        "Marco",
        "the",
        "officials",
        "statement",
        "plan",
        "plans",
        "support",
        "called",
        "for",
        "as",
        "described",
        "added",
        ",",
        ".",
        ":",
        ";",
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        "«",
        "»",
        "„",
        "(",
        ")",
        "—",
        "―",
        "-",
        "\n",
        "\n\n",
        " ",
        "é",
        "日本",
        "s",
        "t",
        "don",
        "Says",
        "According",
        "WALLACE",
        "and",
        "but",
        "not",
        "in",
        "on",
        "Sunday",
        "``",
        "''",
        "…",
        "?",
        "!",
        "0",
        "1996",
        "Mr",
        "U.S.",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..6000 {
        let n = (next() % 40) as usize;
        let mut text = String::new();
        for _ in 0..n {
            let p = PIECES[(next() % PIECES.len() as u64) as usize];
            text.push_str(p);
            if next() % 3 != 0 {
                text.push(' ');
            }
        }
        // Every tenth round runs the whole pipeline, with real mentions and entities.
        let qs = if round % 10 == 0 {
            crate::analyze(&text, &crate::Options::default()).map(|a| a.quotes).unwrap_or_default()
        } else {
            extract(&doc(&text), &[], &[])
        };
        let mut last = 0;
        for q in &qs {
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end), "{text:?}");
            assert!(q.span.start <= q.span.end && q.span.end <= text.len(), "{text:?}");
            assert!(q.span.start >= last, "not in text order: {text:?}");
            last = q.span.start;
            if let Some(s) = q.speaker_span {
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{text:?}");
            }
        }
    }
}

/// Every rule id the stage emits is in the documented table [`RULES`].
#[test]
fn rule_ids_are_documented() {
    let inputs = [
        "Rubio said the sides had made progress. “We will get there,” Rubio said. “Yes,” said Rubio.",
        "“If he thinks that makes him smart,” the narrator says, “what does he think of you?”",
        "The talks will resume, officials said. The talks will resume, said the source.",
        "The plan, officials said, would cost more. According to the ministry, the talks will resume.",
        "The talks will resume, according to two diplomats. As POLITICO revealed, most payments were for books.",
        "Officials said the talks ended, adding that the sides agreed.",
        "US and Ukraine announce ‘updated’ framework. Zelensky described it as a critical moment.",
        "Zelensky acknowledged progress in the talks. Clinton plans to call on young people.",
        "Trump called for the repeal of the law.\nWALLACE: Let’s start with the debate.",
        "He went on to say that the economy had hit bottom.",
        "“I am truly afraid of what comes next.” ― Ana Ruiz\n“We need more time than we have today.”",
    ];
    let mut seen = std::collections::BTreeSet::new();
    for text in inputs {
        for q in extract(&doc(text), &[], &[]) {
            assert!(RULES.iter().any(|(id, _)| *id == q.rule), "undocumented rule {:?} in {text:?}", q.rule);
            seen.insert(q.rule);
        }
    }
    assert!(seen.len() >= 16, "rules exercised: {seen:?}");
}

/// "he" and "she" pass over a person of the other gender (the gender guessed by
/// `crate::entities::gender`); with no guess the nearest subject stays the antecedent.
#[test]
fn pronouns_follow_gender() {
    let cases: &[(&str, &str)] = &[
        ("Ann Lee met John Smith on Monday. He said the talks went well.", "John Smith"),
        ("John Smith met Ann Lee on Monday. She said the talks went well.", "Ann Lee"),
        ("John Smith met Ann Lee on Monday. He said the talks went well.", "John Smith"),
        ("John Smith met Bob Jones on Monday. He said the talks went well.", "John Smith"),
        // Nobody of that gender named before: the pronoun stays itself.
        ("Ann Lee met Maria Diaz. He said it was over.", "He"),
    ];
    for (text, want) in cases {
        let a = crate::analyze(text, &Default::default()).unwrap();
        let q = a.quotes.first().unwrap_or_else(|| panic!("no quote in {text:?}"));
        assert_eq!(q.speaker.as_deref(), Some(*want), "{text:?}");
    }
}
