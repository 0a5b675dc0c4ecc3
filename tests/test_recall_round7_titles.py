"""Round seven: statements attributed by a title ('the Ealing North MP said', 'the party
says') are found when the story itself binds that title to one named speaker before the
cue, and left out when two could fit. Every test is on text written for it."""

import pytest
from offline_runs import run_story, speaker_of

_FERRY = (
    "Ferry row\n\n"
    "Labour MP Dana Hill has told of her anger at the closure of the island ferry.\n\n"
    'Ms Hill said: "The island has been cut off for a week and nobody has told us why." '
    '"It is a scandal that a ferry route can close overnight," said the Westport South MP. '
    '"The families who live there deserve better."\n'
)


def test_a_post_nominal_closing_the_sentence_is_no_part_of_the_speaker():
    """'said the Westport South MP.' is a title that refers back to the MP the story named
    ('Labour MP Dana Hill'), never a speaker called 'the Westport South MP.'."""
    statements = run_story(_FERRY, "ferry")
    assert speaker_of(statements, "a ferry route can close overnight") == "Dana Hill"
    assert not any(s.speaker.endswith(".") for s in statements)


_CAMPAIGN = (
    "Greens target the rural vote\n\n"
    "Rural voters can decide the fate of MPs in many seats, Liberal Democrat leader Dana "
    "Hill has claimed.\n\n"
    "The party says the votes of farmers can win it a dozen new seats at the election.\n"
)

_LEVY = (
    "Levy stays\n\n"
    "The harbour levy will not be cut this year, Tom Reyes said.\n\n"
    "The harbour minister told councillors the levy was fair. Mr Reyes said the fees "
    'would rise by 2%. "Nobody likes paying more," he added. The harbour minister said he '
    "hoped the talks next week could settle the matter.\n"
)

_STRIKE = (
    "Strike talks\n\n"
    "Both sides want to avoid a walkout before the election, said BBC transport "
    "correspondent Dana Hill. Tom Reyes, the union's leader, met the minister on Monday.\n\n"
    "Mr Reyes said the ballot would go ahead. Our correspondent said that she understood "
    "no offer had been made at that meeting.\n"
)

_BURGLAR = (
    "Burglar tackled\n\n"
    "Rock singer Tom Lee has been praised by police for chasing a burglar from his home.\n\n"
    '"I acted on impulse," Lee said. His wife Dana, who called the police, said her '
    "rings were taken from the bedside table as she slept.\n\n"
    "The veteran singer said he could have been badly hurt in the struggle.\n"
)

_BANK = (
    "Bank apologises\n\n"
    "Two lenders that later became part of Northgate Capital took slaves as collateral.\n\n"
    '"We apologise to all who suffered," Northgate Capital chief executive Tom Reyes said '
    "in a letter to staff. Northgate Capital said that it was setting up a scholarship "
    'fund. The bank said that it is a "very different company from the lenders of the past".\n'
)

_SINGER = (
    "Singer sued\n\n"
    "A make-up artist has filed a lawsuit against a singer after a recording in March.\n\n"
    "The woman said she was hurt after the show. The singer's spokesman said the claims "
    "were an attempt to extract money from a famous man.\n"
)

_THREAT = (
    "Terror threat\n\n"
    "The threat of an attack is real, the prime minister's official spokesman said on "
    "Monday, declining to comment on intelligence.\n"
)

_HEARING = (
    "Hearing outcome\n\n"
    'A Harbour League spokesman said: "They have seven days to appeal." Meanwhile, Tom '
    "Reyes and his club have been told by letter of the outcome of a second hearing. "
    '"Once they receive our letter we will comment on the findings," added the spokesman.\n'
)

_AGENT = (
    "Contract ultimatum\n\n"
    "Tom Lee's agent has warned Westport they have a week to improve their offer.\n\n"
    "Dana Hill says she has an offer for Lee which dwarfs the club's deal. But Hill "
    'insists the player is worth more. "Tom wants to stay with the club," the agent added.\n'
)

_TUNNEL = (
    "Sales fall at tunnel\n\n"
    "Harbour tunnel operator Portlink has seen sales fall as ferries cut their fares.\n\n"
    "The firm said sales were down 4% in 2004 to 789m euros.\n"
)

_MESSAGE = (
    "Choose hope - Hill\n\n"
    "Voters will have a clear choice at the next election, said Dana Hill.\n\n"
    "In her New Year message the Green leader said the other parties relied on fear.\n"
)

_RECALL = (
    "Console cable fear\n\n"
    "Gamebox has said it will replace ten million power cables for its consoles.\n\n"
    "The company said the move was a preventative step after reports of problems. "
    '"We regret the trouble," said Tom Reyes, senior vice president, Gamebox home division.\n'
)

_SHARES = (
    "Oil find lifts shares\n\n"
    "Shares in Westport Energy have jumped 6% after a new oil find in the north.\n\n"
    'Westport Energy said drilling had produced "very strong results". The company also '
    "said the field could produce oil for 25 years.\n"
)

_ALLIANCE = (
    "Format wars\n\n"
    "Technology firms Acmetek, Northgate and Portlink are developing a common way to stop "
    "copying.\n\n"
    "By setting up the alliance, the firms said they hope to end the confusion.\n"
)

_GOLF = (
    "Fewer golfers\n\n"
    "The number of golfers has fallen for a decade, the Harbour Golf Foundation said on "
    "Monday. Almost 650 courses have closed since 2006, the group says.\n"
)

# (story, edits to it, the words, who may be their speaker)
_CASES = {
    "a place's MP is nobody when the story titles two MPs": (
        _FERRY,
        [('"It is a scandal', 'Tory MP Tom Reyes said the operator had no choice. "It is')],
        "a ferry route can close overnight",
        {None},
    ),
    "the party is nobody when the story names two parties": (
        _CAMPAIGN,
        [("has claimed.", "has claimed, and Labour disagrees.")],
        "votes of farmers",
        {None},
    ),
    "the party is nobody when the story names a party the data does not know": (
        _CAMPAIGN,
        [("has claimed.", "has claimed, as the Rural Voice Party did.")],
        "votes of farmers",
        {None},
    ),
    "a title refers back past people the story never titles so": (
        _HEARING,
        [],
        "comment on the findings",
        {"Harbour League spokesman"},
    ),
    "a title does not refer back past another holder of it": (
        _HEARING,
        [("Meanwhile, Tom Reyes", "Meanwhile, club spokesman Tom Reyes")],
        "comment on the findings",
        {None, "Tom Reyes"},  # the spokesman named last, never the league's
    ),
    "the agent refers back to the agent who spoke": (
        _AGENT,
        [],
        "Tom wants to stay with the club",
        {"Dana Hill"},
    ),
    "the firm is the one business the story bound to such a noun": (
        _TUNNEL,
        [],
        "sales were down 4%",
        {"Portlink"},
    ),
    "the firm is nobody when another name stands between": (
        _TUNNEL,
        [("cut their fares.", "cut their fares and parent Westgate Holdings loses money.")],
        "sales were down 4%",
        {None},
    ),
    "the firm is nobody in a sentence that names another body before it": (
        _TUNNEL,
        [("The firm said", "In a statement from Seaways, the firm said")],
        "sales were down 4%",
        {None},
    ),
    "the bank is not a business bound as a firm": (
        _TUNNEL,
        [("The firm said", "The bank said")],
        "sales were down 4%",
        {None},
    ),
    "a holiday is nobody a title must reach back past": (
        _MESSAGE,
        [],
        "the other parties relied on fear",
        {"Dana Hill"},
    ),
    "a title between two commas is the earlier name's, not the body's after it": (
        _RECALL,
        [],
        "the move was a preventative step",
        {"Gamebox"},
    ),
    "a two-word name with shares is a company 'the company' refers back to": (
        _SHARES,
        [],
        "could produce oil for 25 years",
        {"Westport Energy"},
    ),
    "a two-word name the story never writes as a company's is a person's": (
        _SHARES,
        [("Shares in Westport Energy have", "Prices have")],
        "could produce oil for 25 years",
        {None},
    ),
    "a person who owns shares is no company": (
        _SHARES,
        [("Shares in Westport Energy have", "Dana Hill's shares have")],
        "could produce oil for 25 years",
        {None},
    ),
    "a film maker is a person, no company": (
        _SHARES,
        [("Shares in Westport Energy have", "Film maker Westport Energy has")],
        "could produce oil for 25 years",
        {None},
    ),
    "the firms are the firms the story listed": (
        _ALLIANCE,
        [],
        "hope to end the confusion",
        {"Acmetek, Northgate and Portlink"},
    ),
    "the firms are nobody when the story lists two sets of them": (
        _ALLIANCE,
        [("copying.", "copying, as rivals Westgate and Seaways did.")],
        "hope to end the confusion",
        {None},
    ),
    "the banks are not firms the story listed": (
        _ALLIANCE,
        [("the firms said", "the banks said")],
        "hope to end the confusion",
        {None},
    ),
    "any body the story named may be 'the group'": (
        _GOLF,
        [],
        "650 courses have closed",
        {"the Harbour Golf Foundation"},
    ),
    "a qualified group is not a body of another kind": (
        _GOLF,
        [("the group says", "the golfers' group says")],
        "650 courses have closed",
        {None},
    ),
    "a title that was the speaker's own cue still refers back to them": (
        _LEVY,
        [],
        "hoped the talks next week",
        {"Tom Reyes"},
    ),
    "a title the last speaker spoke of in their words is not them": (
        _LEVY,
        [("The harbour minister told councillors", "He said the harbour minister had failed")],
        "hoped the talks next week",
        {None},
    ),
    "our correspondent is the journalist the story titles so": (
        _STRIKE,
        [],
        "no offer had been made",
        {"Dana Hill"},
    ),
    "our correspondent is never the last speaker by default": (
        _STRIKE,
        [("said BBC transport correspondent Dana Hill", "said Dana Hill")],
        "no offer had been made",
        {None},
    ),
    "our correspondent is nobody when the story titles two": (
        _STRIKE,
        [("on Monday.", "on Monday, BBC business correspondent Sam Lee reported.")],
        "no offer had been made",
        {None},
    ),
    "a titled cue reporting 'he' is no woman the story named": (
        _BURGLAR,
        [],
        "could have been badly hurt",
        {None, "Tom Lee"},
    ),
    "a name opening someone's title is a body 'the bank' can be": (
        _BANK,
        [],
        "very different company",
        {"Northgate Capital"},
    ),
    "a principal of a staff title is still a person": (
        _BANK,
        [("Capital chief executive", "Capital campaign aide"), ("The bank", "The campaign")],
        "very different company",
        {None, "Tom Reyes"},
    ),
    "a description owning a spokesman is resolved or nobody": (
        _SINGER,
        [],
        "an attempt to extract money",
        {None},
    ),
    "an office owning a spokesman keeps the story's own words": (
        _THREAT,
        [],
        "The threat of an attack is real",
        {"the prime minister's official spokesman"},
    ),
}


@pytest.mark.parametrize("case", list(_CASES))
def test_who_a_title_refers_back_to(case: str) -> None:
    story, edits, words, allowed = _CASES[case]
    for old, new in edits:
        assert old in story
        story = story.replace(old, new)
    assert speaker_of(run_story(story, story.split("\n")[0]), words) in allowed


_LOSSES = (
    "Insurers count the cost\n\n"
    '"This year reinforces the trend towards higher losses," said Harbour Re. Tightly '
    "packed coasts were the worst hit.\n"
)


@pytest.mark.parametrize("text", [_FERRY, _SINGER, _LOSSES])
def test_no_unresolved_title_is_shown_as_a_speaker(text: str) -> None:
    """Neither 'the Westport South MP.' nor 'the singer's spokesman' is anyone's name, and
    the full stop closing 'said Harbour Re.' is the sentence's."""
    statements = run_story(text, text.split("\n")[0])
    assert not any(s.speaker.endswith(".") or s.speaker.startswith("the s") for s in statements)


@pytest.mark.parametrize(
    "edit",
    ["has claimed.", 'has claimed. "Labour has forgotten the countryside," she said.'],
)
def test_the_party_is_the_one_party_the_story_names(edit: str) -> None:
    """A party named inside someone's words is not one the story names."""
    statements = run_story(_CAMPAIGN.replace("has claimed.", edit), "rural vote")
    found = [s for s in statements if "votes of farmers" in s.evidence[0].quote]
    assert found and found[0].actor == "Liberal Democrats"


def test_kinship_before_a_name_says_whether_they_are_a_man_or_a_woman() -> None:
    from briefer.actors import load_actors
    from briefer.gender import story_genders
    from briefer.roles import read_story

    text = "His wife Dana Lee said so. Her son Sam said more. His wife Ann Lee agreed."
    genders = story_genders(text, read_story(text, load_actors()))
    assert genders.get("Dana Lee") == "f"
    assert genders.get("Lee") is None  # the surname is shared: it says nothing
