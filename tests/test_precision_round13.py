"""Round thirteen: the fourteenth set (measured unseen once, at the end of round twelve), the
sixth readers' audit and the development sets' wrong speakers. Each rule is tested on text
written here, not on an article of a labelled set."""

from offline_runs import actor_of, run_story, speaker_of


def _each_speaker_holds(cases: dict[str, tuple[str, str]], lead: str) -> None:
    """Each sentence, after `lead` in a story of its own, gives `words` to `speaker`."""
    for sentence, (words, speaker) in cases.items():
        statements = run_story("Story\n\n" + lead + sentence + "\n", "story")
        assert speaker_of(statements, words) == speaker, sentence


def test_a_place_or_team_before_a_described_name_is_no_speaker():
    """'UK advertising giant WPP', 'said Spanish teenager Nadal', 'declared Wallabies coach
    Eddie Jones on arrival': capitalised words before a title and a name say where someone
    is from or whom they play for; the name speaks. A verb before the noun ('Hale beat
    businessman Tom Reyes') and a name that runs on ('Mike Friday') keep the old reading."""
    text = (
        "Results\n\n"
        "Welsh brewing giant Felinfoel has posted higher profits and predicted that sales "
        "would grow again next year.\n\n"
        "Maria Vidal won in three sets. "
        '"It is always hard to stop for rain but one gets used to it," said Spanish teenager '
        'Vidal. "We will see about the final, it is open," declared Pumas coach Ana Ortiz on '
        "arrival back in Buenos Aires.\n\n"
        "Ann Hale beat businessman Tom Reyes in the primary, claiming 41% of the vote.\n\n"
        '"We can win the whole series this year," said Scotland sevens coach Mike Friday.\n'
    )
    statements = run_story(text, "results")
    assert speaker_of(statements, "sales would grow") == "Felinfoel"
    assert speaker_of(statements, "stop for rain") == "Maria Vidal"
    assert speaker_of(statements, "see about the final") == "Ana Ortiz"
    assert speaker_of(statements, "41% of the vote") != "Tom Reyes"
    assert speaker_of(statements, "whole series") not in ("Mike", "Scotland")


def test_rejecting_a_thing_is_an_act_and_rejecting_words_is_speech():
    """'has rejected a move to Leeds', 'rejected the bill': something turned down, no words;
    'rejected the claims', 'rejected a takeover offer', 'dismissed the plan as "desperate"'
    report what was said, or a stand on what was put to them."""
    text = (
        "Transfer row\n\n"
        "Dover striker Tom Reyes has rejected a move to Leeds after a row with the board. "
        "The Lords rejected the harbour bill by 20 votes on Tuesday. "
        "Reyes also rejected the claims that he had lied to the club. "
        "Dover Harbour has rejected a takeover offer from a Dutch ferry firm. "
        'The Tories dismissed the ferry plan as "desperate" on Monday night.\n'
    )
    statements = run_story(text, "transfer row")
    assert speaker_of(statements, "move to Leeds") is None
    assert speaker_of(statements, "harbour bill") is None
    assert speaker_of(statements, "lied to the club") == "Tom Reyes"
    assert speaker_of(statements, "takeover offer") == "Dover Harbour"
    assert actor_of(statements, "desperate") == "Conservatives"


def test_a_work_telling_a_story_says_nothing_but_a_person_telling_one_speaks():
    """'The Long Road tells the story of a miner': a film's subject, not words. 'She tells
    the story of her first film: "…"' is hers: a person telling a story speaks."""
    text = (
        "Festival films\n\n"
        "Director Ann Hale said the festival would run for a whole week. "
        "The Long Road tells the story of a miner who walks from Cardiff to London. "
        'She tells the story of her first film: "We walked further than any of us ever '
        'will."\n'
    )
    statements = run_story(text, "festival films")
    assert speaker_of(statements, "walks from Cardiff") is None
    assert speaker_of(statements, "walked further") == "Ann Hale"


def test_quoted_words_after_a_determiner_are_a_thing_the_next_clause_speaks_of():
    """'said instead of the "bonfire of quangos" the Tories had promised': the clause after
    the quote says who promised the thing, not who says the words: they are the
    spokesman's, and so is his next quote. '..., "worst day of my life", Tom said' is his."""
    text = (
        "Quangos\n\n"
        "Green spokesman Tom Reyes meanwhile said instead of the "
        '"bonfire of quangos" the Conservatives had promised, there had been an "explosion" '
        'of them. "Under both parties these agencies have mushroomed."\n\n'
        'It was the "worst day of my whole life", Ann Hale said.\n'
    )
    statements = run_story(text, "quangos")
    assert speaker_of(statements, "bonfire of quangos") == "Tom Reyes"
    assert speaker_of(statements, "agencies have mushroomed") == "Tom Reyes"
    assert speaker_of(statements, "worst day") == "Ann Hale"


def test_a_bodys_name_with_for_the_or_of_the_inside_is_one_name():
    """'The Royal Society for the Protection of Birds said' is not the Royal Society; 'a
    spokesman for the World Forum for the Ocean Economy told' speaks for that forum; 'the
    Chamber of Trade of Avon' is one body; 'the Archbishop of Wells' is a title (nobody the
    story names), not a body."""
    text = (
        "Wind farms\n\n"
        "The Royal Society for the Protection of Birds said the turbines would kill geese. "
        "A spokesman for the World Forum for the Ocean Economy, which meets this week in "
        'Oslo, told the BBC: "The farms must be moved further out to sea."\n\n'
        "The Chamber of Trade of Avon welcomed the plan as good for local firms. "
        "The Archbishop of Wells said the hills should be left as they are.\n"
    )
    statements = run_story(text, "wind farms")
    assert speaker_of(statements, "kill geese") == "the Royal Society for the Protection of Birds"
    assert (
        speaker_of(statements, "further out to sea")
        == "the World Forum for the Ocean Economy's spokesman"
    )
    assert speaker_of(statements, "good for local firms") == "the Chamber of Trade of Avon"
    assert speaker_of(statements, "left as they are") is None


def test_a_title_with_what_it_is_over_then_a_name_is_that_person():
    """'"…," the minister for civil aviation Ravi Menon said': the name closing the title
    speaks, not the last person who spoke; 'the lawyer for the family of Tom Reyes said'
    names the family's lawyer, not Tom Reyes."""
    text = (
        "Cheap flights\n\n"
        "Tom Reyes, who founded the airline, said fares would keep falling. "
        '"The days of flying being only for the rich are over," the minister for civil '
        "aviation Ravi Menon said. "
        '"We will sue the airline for every penny," the lawyer for the family of Ann Hale '
        "said.\n"
    )
    statements = run_story(text, "cheap flights")
    assert speaker_of(statements, "only for the rich") == "Ravi Menon"
    assert speaker_of(statements, "every penny") not in ("Ann Hale", "Tom Reyes")


def test_who_relays_a_report_is_not_who_said_the_words():
    """'The Daily Post reports that Reyes told a French magazine: "…"': the paper relays;
    the words are his."""
    text = (
        "Transfer talk\n\n"
        "Striker Tom Reyes wants to leave Dover for a bigger club. "
        'The Daily Post reports that Reyes told a French magazine: "I either win titles or '
        'have an easy life."\n'
    )
    statements = run_story(text, "transfer talk")
    assert speaker_of(statements, "easy life") == "Tom Reyes"


def test_a_verb_in_a_clause_of_its_own_is_not_the_sentence_subjects():
    """'Mr Dale was suspended after the standards committee said his conduct was "well
    below the standards expected"': the committee's words, not Mr Dale's; 'Ms Hale released
    a statement that, while condemning the attack, accused the council of "a cover-up"' is
    still hers."""
    text = (
        "Standards row\n\n"
        "Tory MP Ian Dale was suspended from the Commons for two weeks after the standards "
        'committee said his conduct was "well below the standards expected". '
        "Ann Hale released a statement that, while condemning the attack, accused the "
        'council of "a cover-up from start to finish".\n'
    )
    statements = run_story(text, "standards row")
    assert speaker_of(statements, "well below") != "Ian Dale"
    assert speaker_of(statements, "cover-up from start") == "Ann Hale"


def test_a_body_a_participle_acts_on_is_not_the_speaker():
    """'MPs from the committee scrutinising the Office for Rural Affairs, which runs
    housing, said': the office is what the MPs scrutinise, not who speaks."""
    text = (
        "Housing report\n\n"
        "MPs from the committee scrutinising the Office for Rural Affairs, which runs "
        "housing, said most camps were caused by a lack of sites.\n"
    )
    statements = run_story(text, "housing report")
    assert speaker_of(statements, "lack of sites") != "the Office for Rural Affairs"


def test_a_headline_verb_of_speech_is_no_given_name():
    """'Says Hale would cut taxes': a headline's sentence opening with a verb of speech
    names nobody called 'Says Hale', so Hale's aide speaks for Ann Hale."""
    text = (
        "Hale's secret weapon, rival hints; \n"
        "Says Hale would cut taxes for the rich.\n\n"
        "Ann Hale spoke in Leeds on Monday. "
        '"This is simple: what he says is dangerous," said Hale campaign manager Tom Reyes in '
        "a statement.\n"
    )
    statements = run_story(text, "taxes")
    assert speaker_of(statements, "is dangerous") == "Tom Reyes"
    assert actor_of(statements, "is dangerous") != "Says Hale"


def test_what_the_second_readers_found_the_rules_must_leave_alone():
    """Second readers tried each rule on their own sentences; these readings held before the
    round and must hold after it (a person relaying what was said to her, a person's
    account, a rejection with the words after it, a clause closed before the verb, an
    opening phrase before a body, a linking word before another name, a clergyman of a
    church, a firm's name with a verb-shaped word)."""
    cases = {
        'Ann Hale reported that Tom Reyes told her to keep quiet: "I could not do that '
        'to my patients."': ("I could not do that", "Ann Hale"),
        "Ann Hale tells of the night the soldiers came to her village: "
        '"They took my husband and I never saw him again."': ("took my husband", "Ann Hale"),
        'Tom Reyes rejected the findings of the inquiry: "It is a whitewash from start to '
        'finish."': ("whitewash", "Tom Reyes"),
        'Ann Hale dismissed the fears of parents: "The school is perfectly safe."': (
            "perfectly safe",
            "Ann Hale",
        ),
        'Tom Reyes broke down when the verdict was read and told reporters: "My son can rest '
        'now."': ("My son can rest", "Tom Reyes"),
        'Following the ruling the Football Association said: "We will appeal against this '
        'decision."': ("appeal against", "the Football Association"),
        '"It was a hard game," said Ann Hale while manager Tom Reyes watched.': (
            "hard game",
            "Ann Hale",
        ),
        '"We pray for peace," said the Rev John Smith of St Mary\'s Church.': (
            "pray for peace",
            "John Smith",
        ),
        '"Demand for cigarettes is falling," Imperial Brands said.': (
            "cigarettes is falling",
            "Imperial Brands",
        ),
    }
    _each_speaker_holds(cases, "Sam Cole spoke first on Monday. ")


def test_an_indefinite_name_before_a_noun_names_nobody_who_speaks():
    """'A US woman is suing Acme, saying ...', 'A Dutch court ruled ..., saying ...': someone
    the sentence does not name, not 'A US'; 'A Labour spokesman defended it, saying' is
    still Labour's spokesman."""
    text = (
        "Printers\n\n"
        "A US woman is suing Acme Printers, saying its ink cartridges are set to expire early. "
        "A Dutch court ruled in 2003 that he must pay, saying the songs were protected. "
        "A Labour spokesman defended the plan, saying it would help families.\n"
    )
    statements = run_story(text, "printers")
    assert speaker_of(statements, "cartridges") is None
    assert speaker_of(statements, "songs were protected") is None
    assert speaker_of(statements, "help families") == "Labour spokesman"


def test_a_capitalised_title_word_before_a_staff_title_leaves_the_owner_its_side():
    """'Acme Vice Chairman Tom Reyes said': he speaks for Acme, not for 'Vice'."""
    text = (
        "Film deal\n\n"
        "The studio named a director on Monday. "
        'Acme Vice Chairman Tom Reyes said: "She is an incredibly exciting film-maker."\n'
    )
    statements = run_story(text, "film deal")
    assert speaker_of(statements, "exciting film-maker") == "Tom Reyes"
    assert actor_of(statements, "exciting film-maker") == "Acme"


def test_a_quote_after_another_subjects_clause_is_not_the_first_subjects():
    """'US Customs claimed he led the group but his lawyer, Tom Reyes, told the BBC it was
    laughable and added: "…"': the lawyer's words, never Customs'; 'Ann Hale said the deal
    was good, but added: "…"' is still hers."""
    text = (
        "Hackers\n\n"
        "US Customs claimed Mr Dale was one of the leaders but his lawyer, Tom Reyes, told the "
        'BBC it was laughable and added: "He was living on welfare with an old computer."\n\n'
        'Ann Hale said the deal was good, but added: "We must still be careful with it."\n'
    )
    statements = run_story(text, "hackers")
    assert speaker_of(statements, "living on welfare") != "Customs"
    assert speaker_of(statements, "careful with it") == "Ann Hale"


def test_proposing_to_a_person_is_no_proposal_put_forward():
    """'Tom Reyes proposed to singer Ann Hale on holiday': marriage, not words; 'proposed to
    the committee that fees be cut' still speaks."""
    text = (
        "Wedding\n\n"
        "Music executive Tom Reyes proposed to singer Ann Hale on holiday in Italy. "
        "Sam Cole proposed to the committee that fees be cut by a fifth.\n"
    )
    statements = run_story(text, "wedding")
    assert speaker_of(statements, "on holiday") is None
    assert speaker_of(statements, "cut by a fifth") == "Sam Cole"


def test_a_description_after_a_comma_closing_the_clause_is_its_own_subject():
    """'Ann Hale is to marry music executive Tom Reyes, the singer's agent has confirmed':
    the agent confirmed it, not Tom Reyes; 'Alan Dale, Labour's election strategist told'
    is still Alan Dale."""
    text = (
        "Wedding\n\n"
        "Pop star Ann Hale is to marry music executive Tom Reyes, the singer's agent has "
        "confirmed. "
        "Alan Dale, Labour's election strategist told the BBC the poll was close.\n"
    )
    statements = run_story(text, "wedding")
    assert speaker_of(statements, "is to marry") != "Tom Reyes"
    assert speaker_of(statements, "poll was close") == "Alan Dale"


def test_letters_after_a_name_are_no_speaker():
    """'Deputy High Court Judge Tom Reyes, QC told the hearing': the judge speaks, not
    'QC'."""
    text = (
        "Vote fraud\n\n"
        "Deputy High Court Judge Tom Reyes, QC told the hearing the case could have huge "
        "consequences for the election.\n"
    )
    statements = run_story(text, "vote fraud")
    assert speaker_of(statements, "huge consequences") == "Tom Reyes"


def test_a_second_speakers_clause_is_shown_alone():
    """'The lock believes the forwards are not big enough, but Jones insisted ...': Jones's
    statement is his clause, not the lock's belief before it."""
    text = (
        "Six Nations\n\n"
        "France lock Jean Morel spoke on Monday. The lock believes the Welsh forwards are not "
        "big enough to trouble his side, but Jones insisted his front row was ready.\n"
    )
    statements = run_story(text, "six nations")
    shown = [s for s in statements if s.speaker == "Jones"]
    assert shown and shown[0].evidence[0].quote == "Jones insisted his front row was ready."


def test_a_participle_after_a_passive_with_its_agent_is_not_the_subjects():
    """'Tom Reyes is being sued by his ex-girlfriend, claiming he broke a promise': she
    claims, not he; and 'Ann Hale was best known when the host opened the envelope and
    declared "…"': the host's words."""
    text = (
        "Court case\n\n"
        "Guitarist Tom Reyes is being sued by his ex-girlfriend for $10m, claiming he broke a "
        "promise to support her. "
        "Ann Hale was the butt of a gaffe in 1934 when the host opened the envelope and "
        'declared "come on up and get it, Ann" to the wrong winner.\n'
    )
    statements = run_story(text, "court case")
    assert speaker_of(statements, "broke a promise") != "Tom Reyes"
    assert speaker_of(statements, "come on up") != "Ann Hale"


def test_a_verb_inside_a_hyphenated_word_or_after_an_adverbed_auxiliary_is_no_cue():
    """'Ann Hale, who co-wrote the film, won the award': 'wrote' inside 'co-wrote' is no
    verb of speech; 'Tom Reyes is also recalled' is a passive (a team picked him); 'Tom
    Reyes also said' and 'had previously insisted' still speak."""
    text = (
        "Awards\n\n"
        "Ann Hale, who stars in and co-wrote the film, won the comedy award on Friday. "
        "Scrum-half Tom Reyes is also recalled, despite a row over his television work. "
        "Sam Cole also said the awards were a great night for British film. "
        "France, which owns the harbour, had previously insisted it would not sell.\n"
    )
    statements = run_story(text, "awards")
    assert speaker_of(statements, "comedy award") is None
    assert speaker_of(statements, "television work") is None
    assert speaker_of(statements, "great night") == "Sam Cole"
    assert speaker_of(statements, "would not sell") == "France"


def test_a_participle_after_a_second_clause_is_that_clauses_subjects():
    """'It was denied, but the Tories remain suspicious, claiming ...': the Tories claim;
    'Hale claims the vital first break' is a score won, no words."""
    text = (
        "Tax row\n\n"
        "It was immediately denied, but the Tories remain suspicious, claiming that the money "
        "will come from taxes. "
        "Ann Hale's drop shot is called out and Tom Reyes claims the vital first break.\n"
    )
    statements = run_story(text, "tax row")
    assert speaker_of(statements, "come from taxes") == "the Tories"
    assert speaker_of(statements, "first break") is None


def test_what_the_third_reader_found_the_second_part_must_leave_alone():
    """A third reader tried the second part's rules on sentences of their own; each reading
    held before them and must hold after: a time after 'after' is no clause, words that
    report a 'but' are no second subject, a passive in an interview or a relative clause
    leaves the subject speaking, 'proposed to' a group or a body is a proposal, and a
    name opening its clause before 'the firm's chief executive' speaks."""
    cases = {
        "Tom Reyes arrived after the vote and said the result was fair to everyone.": (
            "result was fair",
            "Tom Reyes",
        ),
        "Tom Reyes said the deal was good but the timing was wrong, and added: "
        '"We need another month to get this right."': ("another month", "Tom Reyes"),
        "Tom Reyes was interviewed by the BBC on Monday, insisting he would not resign.": (
            "would not resign",
            "Tom Reyes",
        ),
        "Sam Cole, who was appointed by the prime minister in 2009, resigned on Monday, "
        "saying he wanted more time with his family.": ("more time with his family", "Sam Cole"),
        "German Chancellor Anna Vogt proposed to EU leaders a new fund for refugees.": (
            "new fund for refugees",
            "Anna Vogt",
        ),
        "Sam Cole proposed to Tory MPs that the party should drop the tax pledge.": (
            "drop the tax pledge",
            "Sam Cole",
        ),
        "Sam Cole, the firm's chief executive said the merger would go ahead.": (
            "merger would go ahead",
            "Sam Cole",
        ),
    }
    _each_speaker_holds(cases, "Something happened on Monday. ")


def test_a_name_in_an_appositive_after_of_is_not_the_subject():
    """'The airline, the brainchild of Mr Reyes, expects to start flying in April': what the
    description is of, not who expects; 'The bishop of Leeds, the Most Reverend Tom Reyes,
    told' is still him."""
    text = (
        "New airline\n\n"
        "Tom Reyes owns a brewery and a new airline. "
        "The airline, the brainchild of Mr Reyes, expects to start flying by the end of April. "
        "The Roman Catholic Bishop of Leeds, the Most Reverend Sam Cole, told the BBC the plan "
        "was wrong.\n"
    )
    statements = run_story(text, "new airline")
    assert speaker_of(statements, "start flying") != "Tom Reyes"
    assert speaker_of(statements, "plan was wrong") is not None
    assert "Sam Cole" in (speaker_of(statements, "plan was wrong") or "")
