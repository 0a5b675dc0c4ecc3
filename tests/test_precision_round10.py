"""Round ten: who holds an office, who is only mentioned, and what is an act rather than
words (causes on the tenth set and in readers' audits of unlabelled articles). Each rule is
tested on text written here, not on an article of a labelled set."""

from offline_runs import actor_of, run_story, speaker_of


def test_an_office_whose_holder_the_story_names_later_is_not_the_last_speaker():
    """'Tom Ruddle said ... The transport secretary said ... Transport Secretary Paul Dunmore
    told': the story names who holds the office, and it is not the commuter who spoke last."""
    text = (
        "Rail fares\n\n"
        "Tom Ruddle, a commuter from Leeds, said in the Herald that his season ticket had "
        "doubled in price. "
        "Mr Ruddle, 41, said he could no longer afford to travel to work. "
        "The transport secretary said he would not be reviewing the fares and that the "
        'reports were "misleading". Mr Ruddle now works from home.\n\n'
        'Transport Secretary Paul Dunmore told the BBC: "Fares are set by the operators."\n'
    )
    statements = run_story(text, "rail fares")
    assert speaker_of(statements, "afford to travel") == "Tom Ruddle"
    assert speaker_of(statements, "reviewing the fares") != "Tom Ruddle"
    assert speaker_of(statements, "set by the operators") == "Paul Dunmore"


def test_an_office_refers_back_to_the_last_speaker_when_nobody_is_given_it():
    """'Paul Dunmore said ... The transport secretary said': with no holder named, the title
    refers back to the last speaker as news writing does (the rule above is not a ban)."""
    text = (
        "Rail fares\n\n"
        "Paul Dunmore said on Monday that fares would rise by 3% in January. "
        "The transport secretary said the rise was the lowest for ten years.\n"
    )
    statements = run_story(text, "rail fares")
    assert speaker_of(statements, "lowest for ten years") == "Paul Dunmore"


def test_a_party_in_the_possessive_owns_the_title_after_it():
    """ "the Liberal Democrat's shadow home secretary, Anna Pell": her side is the party the
    possessive names, not the one 'shadow home secretary' alone names; a plural's possessive
    ('the Liberal Democrats' shadow chancellor') and a party named in full ("The Scottish
    National Party's Holyrood leader") are read the same way."""
    text = (
        "Deportation plan\n\n"
        "Home Secretary Tom Ruddle said he hoped deals could be reached. But the Liberal "
        "Democrat's shadow home secretary, Anna Pell, accused Mr Ruddle of avoiding the main "
        'issue. "The critical issue is trials," she told BBC News.\n\n'
        "The Scottish National Party's Holyrood leader, Fiona Barr, said the plan was \"a "
        'distraction". The Liberal Democrats\' shadow chancellor, Ian Webb, said: "It will '
        'cost millions."\n'
    )
    statements = run_story(text, "deportation plan")
    assert actor_of(statements, "accused Mr Ruddle") == "Liberal Democrats"
    assert actor_of(statements, "critical issue is trials") == "Liberal Democrats"
    assert actor_of(statements, "a distraction") == "SNP"
    assert actor_of(statements, "cost millions") == "Liberal Democrats"


def test_a_possessive_inside_the_title_or_naming_no_side_gives_none():
    """'a strategist at Moscow's Volga Securities' speaks for no state (the possessive
    places a firm), and "Rovers' assistant manager" names no side."""
    text = (
        "Oil sale\n\n"
        '"You cannot sue the government," said Eric Lind, a strategist at Moscow\'s Volga '
        'Securities. Rovers\' assistant manager Mark Dale said: "Matt had a small operation."\n'
    )
    statements = run_story(text, "oil sale")
    assert actor_of(statements, "cannot sue") not in ("Russia", None)
    assert actor_of(statements, "small operation") == "Mark Dale"


def test_a_body_named_in_full_at_a_sentence_start_is_the_one_its_first_word_means():
    """'The Bank of Ruritania (BoR) has kept rates on hold ... the Bank said': the full name
    opening a sentence counts as the story naming it in full, and another name that ends in
    the word ('the Central Bank', 'Harbour Savings Bank') is not the word alone."""
    text = (
        "Rates on hold\n\n"
        "The Central Bank has been acting to restrain prices, said Jo Reyes of Harbour "
        "Savings Bank. The Bank of Ruritania (BoR) has kept interest rates on hold for three "
        "months. In a report published on Wednesday, the Bank said that inflation would rise.\n"
    )
    statements = run_story(text, "interest rates")
    assert speaker_of(statements, "inflation would rise") == "the Bank of Ruritania"


def test_a_title_with_an_of_phrase_then_a_name_after_the_verb_is_that_person():
    """'"…," said the chairman of the Commons education select committee, Labour MP Barry
    Shearer.': the holder named after the comma speaks, on the side his title gives, not the
    man the story named before (the title 'the chairman' was read as referring back)."""
    text = (
        "School reform\n\n"
        "Sir Mike Tomkins himself was briefed only this week. He is said to be feeling more "
        'comfortable about the plan. "It will be a tragedy if the government comes through '
        'with a half-hearted response," said the chairman of the Commons education select '
        "committee, Labour MP Barry Shearer.\n\n"
        '"We must act now," said the head of the teachers\' union, Joan Platt.\n'
    )
    statements = run_story(text, "school reform")
    assert speaker_of(statements, "a tragedy") == "Barry Shearer"
    assert actor_of(statements, "a tragedy") == "Labour"
    assert speaker_of(statements, "act now") == "Joan Platt"


def test_a_name_qualifying_a_plural_noun_is_no_speaker():
    """'Church ministers are trying to stop the concert, saying they do not want his "vile
    lyrics"': 'Church' qualifies the ministers (a group the sentence does not name); it was
    read as a surname and shown as the 'Joy Church' the story names later."""
    text = (
        "Concert row\n\n"
        "Church ministers are trying to stop the concert, saying they do not want his "
        '"vile lyrics" in their town.\n\n'
        "Mr Rollins, of the Fullness of Joy Church, said he was worried. "
        '"Tear the tickets up," Mr Rollins said.\n'
    )
    statements = run_story(text, "concert row")
    assert speaker_of(statements, "vile lyrics") is None
    assert speaker_of(statements, "Tear the tickets") is not None


def test_the_reverend_is_an_honorific_not_part_of_the_name():
    """'said the Reverend Adrian Rollins ... Mr Rollins said': one person, shown by his name
    (he was 'the Reverend Adrian Rollins' and 'Reverend Adrian Rollins', two speakers)."""
    text = (
        "Concert row\n\n"
        '"The city is a fine place," said the Reverend Adrian Rollins. '
        'Mr Rollins said he was worried. "Tear the tickets up," Mr Rollins said.\n'
    )
    statements = run_story(text, "concert row")
    assert {speaker_of(statements, "a fine place"), speaker_of(statements, "Tear the")} == {
        "Adrian Rollins"
    }


def test_add_or_concede_with_a_bare_object_is_an_act_not_words():
    """A match report: 'Lee Hart added the conversion and a further penalty', 'Tom Vale
    conceded a penalty close to his own line', 'Hart adding the final flourish with a
    touchline conversion' tell what players did; nobody said anything. The same verbs
    with a clause after them report words, and stay."""
    text = (
        "Cup final\n\n"
        "Lee Hart added the conversion and a further penalty, after Sam Cole almost "
        "grabbed a second try. When Tom Vale conceded a penalty close to his own line, the "
        "visitors kicked it to touch. Cole scorched away on the left, Hart adding the final "
        "flourish with a touchline conversion.\n\n"
        "Ian Dale, the coach, added the side would rest three players next week. Joan "
        "Mills conceded the win over Leeds, which included two late tries, was not pretty. "
        "The squad were tired but happy, added Mr Dale. Joe Reed, who replaced Hart late "
        "in the game, added the conversion to seal the win. The 2003 champion Ann Cole "
        "claimed her seventh Grand Slam title, and her first since 2003. The Daily Post claims "
        "the council's refusal to act on the stadium is itself a scandal.\n"
    )
    statements = run_story(text, "cup final")
    assert speaker_of(statements, "added the conversion") is None
    assert speaker_of(statements, "conceded a penalty") is None
    assert speaker_of(statements, "the final flourish") is None
    assert speaker_of(statements, "rest three players") == "Ian Dale"
    assert speaker_of(statements, "was not pretty") == "Joan Mills"
    assert speaker_of(statements, "tired but happy") == "Ian Dale"
    assert speaker_of(statements, "seal the win") is None  # after a 'who' aside too
    assert speaker_of(statements, "Grand Slam title") is None
    assert speaker_of(statements, "itself a scandal") == "the Daily Post"


def test_a_name_after_a_preposition_is_not_the_speaker_a_description_after_it_is():
    """'An identical letter has been sent to Feroz Amin, the men's solicitor says': Amin got
    the letter; the solicitor says so ('Alan Milburn, Labour's election strategist, told'
    is the appositive it was read as)."""
    text = (
        "Passports refused\n\n"
        "A letter sent to Tom Reyes said his passport would not be issued. An identical "
        "letter has been sent to Feroz Amin, the men's solicitor says.\n"
    )
    statements = run_story(text, "passports")
    assert speaker_of(statements, "identical letter") != "Feroz Amin"


def test_a_body_the_story_describes_as_one_is_not_the_person_who_shares_its_name():
    """'Dunmore, the US boat company, reported higher profits ... said chairman Tom
    Dunmore': the firm reports, and the chairman named further on speaks for it."""
    text = (
        "Boat maker profits\n\n"
        "Dunmore, the US boat company, reported higher profits on Thursday. In the fourth "
        "quarter alone Dunmore reported net income of $104m.\n\n"
        '"Our company gained momentum," said chairman and chief executive Tom Dunmore.\n'
    )
    statements = run_story(text, "profits")
    assert speaker_of(statements, "reported higher profits") == "Dunmore"
    assert speaker_of(statements, "reported net income") == "Dunmore"
    assert speaker_of(statements, "gained momentum") == "Tom Dunmore"


def test_he_is_not_the_name_before_a_titled_speaker_who_spoke_since():
    """'Mr Dunmore is expected to announce ... The prime minister on Sunday said ... But he
    rejected ...': 'he' is the prime minister (whom the story does not name), not the home
    secretary named before him, so the words are nobody's rather than Mr Dunmore's."""
    text = (
        "Migration plans\n\n"
        "Home Secretary Paul Dunmore will set out the plans on Monday. The Tories say the "
        "government is acting too late. Mr Dunmore is expected to announce an end to the "
        "automatic right to settle. The prime minister on Sunday said migration would be "
        '"toughened up". But he rejected the call for a quota on migrants, saying no '
        '"arbitrary figure" could work.\n'
    )
    statements = run_story(text, "migration")
    assert speaker_of(statements, "rejected the call") != "Paul Dunmore"


def test_the_bank_is_unsure_when_another_bank_was_named_since_the_last_one_spoke():
    """'Harbourne said ... More evidence came from Bank of Ruritania lending figures. New
    loans fell, the bank said.': the lender that spoke is not sure to be 'the bank' when
    another bank was named since (as the figures' owner, an object or a modifier alike:
    'Analysts compared the figures with those of the Bank of Ruritania. The bank said');
    with no other bank named since, 'the bank' is still the last speaker."""
    text = (
        "House prices\n\n"
        "Prices rose by 0.4% in January, Harbourne said. This is above the range Harbourne "
        "predicts. More evidence of a slowdown emerged from Bank of Ruritania lending "
        "figures released on Tuesday. New mortgage loans fell to 79,000 from 82,000, the "
        "bank said.\n\n"
        "Rents rose 2% in January, Dalewell said. Deposits also rose, the bank said.\n"
    )
    statements = run_story(text, "house prices")
    assert speaker_of(statements, "New mortgage loans") is None
    assert speaker_of(statements, "Deposits also rose") == "Dalewell"


def test_a_body_named_after_a_lower_case_description_speaks():
    """ "Manufacturers' organisation, the EEF, said ... It also said ...": the body named
    after its description speaks, and 'it' is that body, not the office that spoke before."""
    text = (
        "Rates on hold\n\n"
        "The Office for National Statistics (ONS) said output fell in November. "
        "Retailers' organisation, the RTA, said it expected the hold in rates to continue. "
        "It also said there was evidence that confidence may be waning.\n"
    )
    statements = run_story(text, "interest rates")
    assert speaker_of(statements, "expected the hold") == "the RTA"
    assert speaker_of(statements, "confidence may be waning") == "the RTA"


def test_a_relative_named_by_a_given_name_is_a_person_he_may_mean():
    """'The speech had been introduced by his son Nick, a trainee vicar, who praised his
    father's honesty. "…," he said.': 'he' may be Nick, so the words are not given to the
    father who spoke before."""
    text = (
        "Party rally\n\n"
        'Tom Reyes told the rally: "We will win." The speech had been introduced by his son '
        "Nick, a trainee vicar, who praised his father's honesty. \"I always know where I am "
        'with him," he said.\n'
    )
    statements = run_story(text, "rally")
    assert speaker_of(statements, "We will win") == "Tom Reyes"
    assert speaker_of(statements, "where I am with him") != "Tom Reyes"


def test_an_initial_is_no_surname():
    """'Dana J. Mills' read word by word gives 'Dana J'; a given name alone ('Dana said') is
    never shown as that broken name."""
    text = (
        "Campaign trail\n\n"
        "Dana J. Mills won the primary on Tuesday. Years earlier, her sister Dana was "
        'at school. In 1977 Dana said she hoped the job would be "a good thing for us".\n'
    )
    statements = run_story(text, "campaign")
    assert speaker_of(statements, "a good thing") != "Dana J"


def test_a_name_followed_by_which_is_a_thing_not_a_person_he_may_mean():
    """'Parry is finalising funding for the new stadium in Stanley Field, which is set to
    open in 2007. ... He said: "…"': 'which' is said of things, so Stanley Field is no
    person, and 'he' is Parry (it was 'Stanley Field' for four quotes)."""
    text = (
        "Stadium plans\n\n"
        '"You can forget that," said Rick Parry. Parry is currently in the process of '
        "finalising funding for the new stadium in Stanley Field, which is set to open in "
        '2007. And he confessed the deal has given the club food for thought. He said: "I '
        'have to say historically it is something I have been against."\n'
    )
    statements = run_story(text, "stadium")
    assert speaker_of(statements, "historically") == "Rick Parry"


def test_a_capitalised_job_opening_a_sentence_is_not_part_of_the_name():
    """'Coach Ian Dale named his side ... "…," Mr Dale said': the man is Ian Dale (he was
    shown as 'Coach Ian Dale'; 'Actor Stephen Fry', 'Striker Thierry Henry' likewise)."""
    text = (
        "Squad named\n\n"
        'Coach Ian Dale named his side on Monday. "We are ready," Mr Dale said. Singer '
        'Alex Kapranos was at the game. "It was a great day," Mr Kapranos said.\n'
    )
    statements = run_story(text, "squad")
    assert speaker_of(statements, "We are ready") == "Ian Dale"
    assert speaker_of(statements, "great day") == "Alex Kapranos"


def test_a_name_and_verb_closing_a_sentence_as_a_clause_on_a_noun_say_nothing():
    """'This is slightly above the 0-5% range Harbourne predicts.': the reporter compares a
    figure with the range Harbourne predicts; the sentence is not Harbourne's words. After
    a comma ('..., the statistics office Insee said.') or with a verb that takes no noun
    ('the most able candidate Viguerie argues', a comma lost) the name speaks."""
    text = (
        "House prices\n\n"
        "Prices rose by 0.4% in January, Harbourne said. This is slightly above the 0-5% "
        "range Harbourne predicts. Output rose by 0.8% in the quarter, the statistics office "
        "Insee said. He is also the most able candidate Tom Reyes argues.\n"
    )
    statements = run_story(text, "house prices")
    assert speaker_of(statements, "range Harbourne predicts") is None
    assert speaker_of(statements, "Output rose") == "Insee"
    assert speaker_of(statements, "most able candidate") == "Tom Reyes"


def test_what_someone_will_doubtless_or_could_say_is_not_said_yet():
    """'Mr Dunmore will undoubtedly claim the forecasts are wrong', 'Labour could argue that
    ...', 'Neither Mr Reyes nor Mr Hale would say how': the reporter's guess, or a refusal;
    'would only say that ...', a retrospective 'would say in 2004 that' and a pre-released
    speech ('will say') report words."""
    text = (
        "Budget day\n\n"
        "Mr Dunmore will undoubtedly claim the forecasts are simply wrong. Labour could "
        "argue that the deficit is falling. Neither Mr Reyes nor Mr "
        "Hale would say how they would use the cash. Mr Hale would only say that his plans "
        "were costed. In his speech, Mr Reyes will say the party is ready to govern. Ann "
        "Dale would say in 2004 that the deal had been a mistake.\n"
    )
    statements = run_story(text, "budget")
    assert speaker_of(statements, "forecasts are simply wrong") is None
    assert speaker_of(statements, "deficit is falling") is None
    assert speaker_of(statements, "use the cash") is None
    assert speaker_of(statements, "plans were costed") is not None
    assert speaker_of(statements, "ready to govern") is not None
    assert speaker_of(statements, "had been a mistake") == "Ann Dale"


def test_a_former_manager_speaks_for_no_club():
    """'Former Harbour manager Ian Dale has praised ...': he no longer speaks for Harbour,
    and 'Former Harbour' is no side (it was shown as his side, read as a person's name)."""
    text = (
        "Manager praised\n\n"
        'Former Harbour manager Ian Dale has praised the work of his successor. "He is the '
        'right man," Dale said.\n'
    )
    statements = run_story(text, "manager")
    assert speaker_of(statements, "right man") == "Ian Dale"
    assert actor_of(statements, "right man") == "Ian Dale"


def test_a_name_with_a_list_in_it_is_one_name():
    """'A spokesman for the Department for Culture, Media and Sport said': the department's
    spokesman, not 'Sport'; 'Minister for Children, Young People and Families Ann Hale said'
    is Ann Hale; 'Tom Reyes, Jo Dale and Ian Webb said' is no one of them alone."""
    text = (
        "Channel sale\n\n"
        "A spokesman for the Department for Culture, Media and Sport said there were no "
        "plans to sell the channel. Minister for Children, Young People and Families Ann "
        "Hale said new plans would help. Tom Reyes, Jo Dale and Ian Webb said the plan was "
        "unsafe.\n"
    )
    statements = run_story(text, "channel sale")
    shown = speaker_of(statements, "no plans to sell")
    assert shown is not None and "Department for Culture, Media and Sport" in shown
    assert speaker_of(statements, "new plans would help") == "Ann Hale"
    assert speaker_of(statements, "plan was unsafe") is None


def test_a_verb_inside_a_which_aside_is_not_the_cue():
    """'Harbour Telecom, which had an earlier offer for Dale Networks rejected, said it
    would bid again': Harbour Telecom speaks; 'Dale Networks rejected' is inside the aside."""
    text = (
        "Bid battle\n\n"
        "The lawsuit was filed on Friday after Harbour Telecom, which had an earlier offer "
        "for Dale Networks rejected, said it would submit an improved bid.\n"
    )
    statements = run_story(text, "bid")
    assert speaker_of(statements, "improved bid") == "Harbour Telecom"


def test_the_second_readers_cases_of_round_ten():
    """A second reader's review of this round's rules found these on text it wrote: a
    present-tense clause after 'added' or 'conceded' reports words, and so does a sentence
    with a later cue; a group 'of' two people is nobody's body; a commissioner's spokesman
    with 'and' in the title still speaks for him."""
    text = (
        "Council row\n\n"
        '"We will not back down," Tom Reyes said. Mr Reyes added the cuts hurt families '
        "most. He conceded the point, but said the plan stood. Allies of Ann Hale and Jo "
        "Dale said the row had been overblown. And a spokesman for European Justice and "
        "Home Affairs Commissioner Franco Ferro said the plan was legal.\n"
    )
    statements = run_story(text, "council")
    assert speaker_of(statements, "hurt families") == "Tom Reyes"
    assert speaker_of(statements, "the plan stood") == "Tom Reyes"
    assert speaker_of(statements, "overblown") is None
    shown = speaker_of(statements, "plan was legal")
    assert shown is not None and "Franco Ferro" in shown


def test_a_refusal_or_a_source_a_paper_quotes_is_not_a_statement_of_theirs():
    """'Neither Harbour Motors nor Dale Auto commented on the reports': nobody spoke. '"…,"
    the newspaper quotes a source close to the firm': the words are the source's, whom the
    story does not name, not the newspaper's."""
    text = (
        "Car deal\n\n"
        "Some 2,000 jobs may be cut, the Financial Times has reported. Neither Harbour "
        "Motors nor Dale Auto commented on the reports. SAIC says none of its money will "
        'be paid to the owners, the FT reports. "The money is for investment," the '
        "newspaper quotes a source close to the Chinese firm.\n"
    )
    statements = run_story(text, "car deal")
    assert speaker_of(statements, "commented on the reports") is None
    assert speaker_of(statements, "The money is for investment") is None
    assert speaker_of(statements, "none of its money") is not None


def test_an_opening_while_clause_is_its_speakers_and_the_main_clause_is_not():
    """'While Mr Reyes has suggested the firm would be run from London, the mayor of Dale
    has raised concerns ...': Mr Reyes's words are the opening clause only; when the main
    clause is his too ('..., he thought ...') the sentence stays whole."""
    text = (
        "Merger talks\n\n"
        "While Mr Tom Reyes has suggested a merged company would be run out of London, the "
        "mayor of Dale has raised concerns that such a move could cost jobs. While he said "
        "the panel was fair, he thought the result was unlikely.\n"
    )
    statements = run_story(text, "merger")
    quotes = [s.evidence[0].quote for s in statements if s.speaker == "Tom Reyes"]
    assert "While Mr Tom Reyes has suggested a merged company would be run out of London" in quotes
    assert not any("mayor of Dale" in q for q in quotes)


def test_a_closing_cue_whose_subject_follows_it_is_never_a_name_before_it():
    """'Two other directors, Bert Rolls and Frank Gale, remain defendants in the lawsuit,
    said the newspaper.': the newspaper speaks, not a director named in what it reports; an
    appositive before the verb ('Rod Eddy, BA's chief executive, said the results were
    respectable') is still the subject."""
    text = (
        "Fraud case\n\n"
        "Two other outside former directors, Bert Rolls and Frank Gale, remain defendants "
        "in the lawsuit, said the newspaper. The London Stock Exchange (LSE) rejected the "
        "offer. Rod Eddy, the airline's chief executive, said "
        "the results were respectable. The LSE, which saw its shares rise 25%, said "
        "the bid undervalued the business.\n"
    )
    statements = run_story(text, "fraud")
    assert speaker_of(statements, "remain defendants") not in ("Frank Gale", "Bert Rolls")
    assert speaker_of(statements, "results were respectable") == "Rod Eddy"
    assert speaker_of(statements, "undervalued the business") is not None


def test_a_second_look_at_the_round_s_last_rules():
    """A second review of the round's last changes found these, on text it wrote: a place
    before an unnamed trader names nobody (a body's insider or backbencher speaks for it);
    what is conceded may close the sentence ('conceded the presidential election'); an
    allegation claimed is words, a title claimed is not; a later cue after a 'Neither ...'
    clause is the speaker's; an opening 'While X said that, in his view, ...' stays whole;
    a body's name with a list after a singular head is one name."""
    text = (
        "Markets and votes\n\n"
        '"Prices will rise," one Leeds trader said. "We are not worried," one Conservative '
        'backbencher said. "No change," a Treasury insider said firmly.\n\n'
        "Mr Kerry conceded the presidential election. Hull conceded two late goals. Tom "
        "Reyes claimed widespread fraud in the election. Ann Cole claimed her seventh Grand "
        "Slam title, and her first since 2003.\n\n"
        "Neither Labour nor the Conservatives has said how the cuts would be paid for, Jo "
        "Park said. While Mr Ian Webb said that, in his view, the budget was tight, the "
        "council voted to raise taxes. The Chamber of Shipping, Commerce and Industry said "
        "exports had fallen.\n"
    )
    statements = run_story(text, "votes")
    assert speaker_of(statements, "Prices will rise") is None
    assert actor_of(statements, "not worried") == "Conservatives"
    assert speaker_of(statements, "presidential election") is None
    assert speaker_of(statements, "two late goals") is None
    assert speaker_of(statements, "widespread fraud") == "Tom Reyes"
    assert speaker_of(statements, "Grand Slam title") is None
    assert speaker_of(statements, "paid for") == "Jo Park"
    assert speaker_of(statements, "budget was tight") == "Ian Webb"
    shown = speaker_of(statements, "exports had fallen")
    assert shown is not None and "Chamber of Shipping, Commerce and Industry" in shown


def test_a_fourth_audit_s_name_readings():
    """A fourth audit of the round's final code found: 'according to the Office of National
    Statistics' shown as 'Statistics' ('National' read as a title word); 'The star of Rain Man
    and Tootsie said' shown as 'Tootsie' (a description names someone, not the last title it
    lists); 'A British Muslim group has criticised ..., claiming' shown as 'A British Muslim'
    (an indefinite name before a kind of body is a body the sentence does not name)."""
    text = (
        "Broadband and films\n\n"
        "Broadband users outnumbered dial-up users for the first time, according to the "
        "Office of National Statistics. The star of Rain Man and Tootsie said the film "
        "culture was dying. A British Muslim group has criticised the new series, claiming "
        "it portrays Islam unfairly. The think-tank said the figures were wrong.\n"
    )
    statements = run_story(text, "films")
    assert speaker_of(statements, "outnumbered dial-up") == "the Office of National Statistics"
    assert speaker_of(statements, "film culture was dying") is None
    assert speaker_of(statements, "portrays Islam unfairly") is None


def test_an_acronym_is_no_surname_of_a_longer_name_before_it():
    """'around eight other members of London UKIP ... A spokesman for UKIP called on ...
    UKIP said': the party, not the branch the story mentioned ('London' read as a given
    name made 'London UKIP' the full name of 'UKIP')."""
    text = (
        "Party split\n\n"
        "Sources said eight other members of London UKIP were also planning to leave. A "
        "spokesman for UKIP called on Mr Hale to quit the assembly. On the suspension of Mr "
        "Dale, UKIP said those who selected him knew nothing of his views.\n"
    )
    statements = run_story(text, "party split")
    assert speaker_of(statements, "knew nothing of his views") == "UKIP"
