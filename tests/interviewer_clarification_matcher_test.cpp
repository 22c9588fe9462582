#include "core/interviewer/clarification_matcher.hpp"
#include "core/scenario/scenario_library.hpp"
#include "core/scenario/scenario_loader.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rehearse;

namespace {

const char* kMatcherScenarioJson = R"({
  "format": 1, "id": "toy-spam", "title": "Toy spam", "question": "Design a spam filter.",
  "difficulty": "easy", "tags": [], "minutes": 5,
  "facts": [
    { "id": "volume", "topic": "Inbound volume",
      "asks": ["how many emails per day", "what's the traffic", "what's the QPS"], "answer": "10 billion a day." },
    { "id": "latency", "topic": "Latency budget",
      "asks": ["how fast does it need to be", "latency requirement"], "answer": "30 ms p99." },
    { "id": "privacy", "topic": "Privacy constraints",
      "asks": ["can we read email content", "what about GDPR"], "answer": "Automated scanning only." },
    { "id": "labels", "topic": "Label sources",
      "asks": ["where do labels come from", "is there user feedback"], "answer": "Report-spam button." }
  ],
  "stages": [ { "id": "clarify", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r", "key_points": [] } ],
  "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
})";

Scenario matcherToyScenario() {
    ScenarioLoadResult result = loadScenarioFromText(kMatcherScenarioJson, "toy.json");
    REQUIRE(result.scenario);
    return *result.scenario;
}

// A shipped scenario by id; `library` keeps it alive. Loaded once: a second
// load would replace the scenarios that matchers made earlier point at.
const Scenario& shipped(ScenarioLibrary& library, const std::string& id) {
    if (library.paths().empty()) library.load({REHEARSE_SCENARIO_DIR});
    const Scenario* scenario = library.find(id);
    REQUIRE(scenario);
    return *scenario;
}

std::string answer(ClarificationMatcher& matcher, const std::string& question) {
    const ClarificationResult result = matcher.match(question);
    return result.fact ? result.fact->id.value : "";
}

// Every fact the interviewer answers with, in the order given.
std::vector<std::string> answers(ClarificationMatcher& matcher, const std::string& question) {
    std::vector<std::string> ids;
    for (const Fact* fact : matcher.match(question).facts) ids.push_back(fact->id.value);
    return ids;
}

}  // namespace

TEST_CASE("clarification: paraphrases find their fact", "[interviewer][clarification]") {
    const Scenario scenario = matcherToyScenario();
    ClarificationMatcher matcher(scenario);
    CHECK(answer(matcher, "How many e-mails do we get per day?") == "volume");
    CHECK(answer(matcher, "what kind of traffic are we talking about") == "volume");
    CHECK(answer(matcher, "What's the latency requirement?") == "latency");
    CHECK(answer(matcher, "How quickly must we respond?") == "latency");     // quick ~ fast, thesaurus
    CHECK(answer(matcher, "Any GDPR concerns?") == "privacy");
    CHECK(answer(matcher, "Where do the labels come from?") == "labels");
}

TEST_CASE("clarification: off-topic questions get no fact", "[interviewer][clarification]") {
    const Scenario scenario = matcherToyScenario();
    ClarificationMatcher matcher(scenario);
    CHECK(answer(matcher, "When is the launch deadline?") == "");
    CHECK(answer(matcher, "") == "");
    CHECK(answer(matcher, "???") == "");
    CHECK(answer(matcher, "what is the what") == "");  // stop words only
}

TEST_CASE("clarification: questions about the team and its tools are declined though they share a noun with a fact", "[interviewer][clarification]") {
    const Scenario scenario = matcherToyScenario();
    ClarificationMatcher matcher(scenario);
    // "emails" and "per day" are the volume fact's words; the question is about headcount.
    CHECK(answer(matcher, "How many emails do we get per day?") == "volume");
    CHECK(answer(matcher, "How many people work on the email team?") == "");
    CHECK(answer(matcher, "Which programming language does the spam team use?") == "");

    ClarificationOptions keepAll;
    keepAll.declineOutOfScope = false;
    ClarificationMatcher permissive(scenario, keepAll);
    CHECK(answer(permissive, "How many people work on the email team?") == "labels");  // people ~ users
}

TEST_CASE("clarification: a question asking how long is never answered with a fact that gives no time", "[interviewer][clarification]") {
    const Scenario scenario = matcherToyScenario();
    ClarificationMatcher matcher(scenario);
    // The privacy fact's words, but its answer states no duration.
    CHECK(answer(matcher, "How long are the GDPR rules?") == "");
    CHECK(matcher.rank("How long are the GDPR rules?").front().fact->id == FactId("privacy"));
    CHECK(answer(matcher, "How long is the latency requirement?") == "latency");
    CHECK(answer(matcher, "How many emails do we get per day?") == "volume");
}

TEST_CASE("clarification: 'render' and 'find out' ask for a time only with a deadline or a 'how quickly'", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher guardrails(shipped(library, "llm-guardrails-gateway"));
    CHECK(answer(guardrails, "do apps render markdown images?") == "agents");
    ClarificationMatcher fraud(shipped(library, "payment-fraud-detection"));
    CHECK(answer(fraud, "how do we find out a transaction was fraud?") == "labels");
    CHECK(answer(fraud, "how quickly do we find out a transaction was fraud?") == "label-delay");
}

TEST_CASE("clarification: a weak match needs to be clearer when much of the question is in other facts' words", "[interviewer][clarification]") {
    ScenarioLibrary library;
    const Scenario& delivery = shipped(library, "delivery-time-prediction");
    ClarificationMatcher matcher(delivery);
    // "Which estimate matters most" asks for a priority; the fact on today's
    // estimate shares only "estimate" with it, and other facts use "browse",
    // "checkout", "promise" and "live". It is not the answer.
    const std::string question =
        "Which of the three estimates matters most right now - browse, checkout promise, or the live one?";
    CHECK(answers(matcher, question).empty());
    CHECK(matcher.match(question).declinedBecause.find("other facts' words") != std::string::npos);
    CHECK(answer(matcher, "how accurate is the current estimate?") == "current-estimate");
    // Without the rule, today's estimate was the answer.
    ClarificationOptions lenient;
    lenient.otherWordsSlope = 0;
    ClarificationMatcher old(delivery, lenient);
    CHECK(answers(old, question) == std::vector<std::string>{"current-estimate"});
}

TEST_CASE("clarification: a later part that a fact already given answers adds no fact of its own", "[interviewer][clarification]") {
    ScenarioLibrary library;
    const Scenario& spam = shipped(library, "spam-email-detection");
    ClarificationMatcher matcher(spam);
    // "What share of mail is bulk?" leans on the bulk senders of the first
    // part, and the bulk-sender fact scores nearly as well on it as the spam
    // rate, which shares only "share of mail" with it and is no answer.
    const std::string question = "How do bulk senders like newsletters get treated, and what share of mail is bulk?";
    CHECK(answers(matcher, question) == std::vector<std::string>{"bulk-sender-rules"});
    ClarificationOptions every;
    every.alreadyAnsweredMargin = 0;
    ClarificationMatcher old(spam, every);
    CHECK(answers(old, question) == std::vector<std::string>{"bulk-sender-rules", "spam-rate"});
    // A part about something else still adds its fact.
    CHECK(answers(matcher, "How do bulk senders get treated, and what's the latency budget?") ==
          std::vector<std::string>{"bulk-sender-rules", "latency"});
}

TEST_CASE("clarification: a declined question says why, in an author's terms", "[interviewer][clarification]") {
    const auto why = [](ClarificationMatcher& matcher, const std::string& question) {
        const ClarificationResult result = matcher.match(question);
        CHECK_FALSE(result.matched());
        return result.declinedBecause;
    };
    const Scenario scenario = matcherToyScenario();
    ClarificationMatcher toy(scenario);
    CHECK(why(toy, "What's the weather like?") == "it shares no word with any fact's topic or asks");
    CHECK(why(toy, "How long are the GDPR rules?").find("gives no time") != std::string::npos);
    CHECK(toy.match("How many emails do we get per day?").declinedBecause.empty());
    ScenarioLibrary library;
    ClarificationMatcher ads(shipped(library, "ad-click-through-rate-prediction"));
    const std::string who = why(ads, "Who owns the latency budget?");
    CHECK(who.find("asks who owns or decides") != std::string::npos);
    CHECK(who.find("fact 'latency-budget'") != std::string::npos);
    CHECK(why(ads, "What was the average CTR in 2015?").find("2015") != std::string::npos);
    // An assumption that replies is the reason itself.
    CHECK(why(ads, "Who approved the latency budget?") ==
          "the scenario leaves it to the candidate: assumption 'launch-approval' replies");
    ClarificationMatcher spam(shipped(library, "spam-email-detection"));
    CHECK(why(spam, "What's the spam share at Yahoo?").find("asks about 'yahoo'") != std::string::npos);
    CHECK(why(ads, "How many people are on the ads team?").find("a question no fact answers") != std::string::npos);
    const std::string low = why(ads, "Is the office dog friendly?");
    CHECK((low.find("is under") != std::string::npos || low.find("shares no word") != std::string::npos));
}

TEST_CASE("clarification: a question asking when is answered only by a fact that places something in time", "[interviewer][clarification]") {
    const Scenario scenario = matcherToyScenario();
    ClarificationMatcher matcher(scenario);
    // Shares "privacy" with a fact that gives no date: a schedule question, declined.
    CHECK(matcher.rank("When do the privacy rules need to be in production?").front().fact->id == FactId("privacy"));
    CHECK(answer(matcher, "When do the privacy rules need to be in production?") == "");
    CHECK(answer(matcher, "When's the GDPR review?") == "");
    // "When" opening a condition is not a question about a date.
    CHECK(answer(matcher, "When an email arrives, how fast does it need to be scored?") == "latency");
}

TEST_CASE("clarification: a question about a year the facts do not describe is declined", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "spam-email-detection"));
    CHECK(answer(matcher, "what is the spam rate?") == "spam-rate");
    // Today's figure is no answer to a question about 2015.
    CHECK(answer(matcher, "what was the spam rate in 2015?") == "");
}

TEST_CASE("clarification: a question about an earlier period is declined by a fact about today", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "spam-email-detection"));
    CHECK(answer(matcher, "what was the spam rate a few years ago?") == "");
    CHECK(answer(matcher, "how did the spam rate look last year?") == "");
    CHECK(answer(matcher, "how many messages per day over the past three years?") == "");
    // A fact that tells its own history still answers: the bulk-sender rules date from 2024.
    CHECK(answer(matcher, "which rules did bulk senders have to follow last year?") == "bulk-sender-rules");
    // A later part that points back asks about the period the first one named.
    CHECK(matcher.match("How much spam did we get two years ago? Is it worse now?").facts.empty());
    ClarificationMatcher music(shipped(library, "llm-recommendations"));
    CHECK(answer(music, "how many new tracks arrive a day?") == "new-items");
    CHECK(answer(music, "what did new-item exposure look like before the last home screen redesign?") == "");
    // "Historically" in "do we have X historically" asks for an archive, not an earlier period.
    ClarificationMatcher moderation(shipped(library, "harmful-content-moderation"));
    CHECK(answer(moderation, "do we have reviewer decisions historically?") == "reviewers");
}

TEST_CASE("clarification: 'past' as an adjective in a fact does not make it a fact about the past", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "ad-click-through-rate-prediction"));
    CHECK(answer(matcher, "what is the click rate?") == "base-ctr");
    // Its answer mentions "past site visitors", which says nothing about last year's rate.
    CHECK(answer(matcher, "What was the click rate last year?") == "");
}

TEST_CASE("clarification: a question about another company's figures is declined by a fact about ours", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "spam-email-detection"));
    CHECK(answer(matcher, "what is the spam rate?") == "spam-rate");
    CHECK(answer(matcher, "what spam rate does Outlook see?") == "");
    CHECK(answer(matcher, "is our spam rate lower than Yahoo's?") == "");
    CHECK(answer(matcher, "does GPT-4 filter spam better than our current system?") == "");
    // A fact that speaks of the company still answers: the bulk-sender rules are Gmail's and Yahoo's.
    CHECK(answer(matcher, "do we follow Gmail's bulk sender rules?") == "bulk-sender-rules");
}

TEST_CASE("clarification: questions about competitors or a system's internals are declined", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "people-you-may-know"));
    CHECK(answer(matcher, "how is the member graph sharded across machines?") == "");
    ClarificationMatcher autocomplete(shipped(library, "query-autocomplete"));
    CHECK(answer(autocomplete, "which open source trie library does the current service use?") == "");
    CHECK(answer(autocomplete, "how does our traffic stack up against competitors?") == "");
}

TEST_CASE("clarification: the team's process and the model's training settings are declined", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher ads(shipped(library, "ad-click-through-rate-prediction"));
    CHECK(answer(ads, "which optimiser and batch size is the current CTR model trained with?") == "");
    CHECK_FALSE(answer(ads, "what does the current CTR model look like?").empty());
    ClarificationMatcher churn(shipped(library, "subscriber-churn-prediction"));
    CHECK(answer(churn, "what's the headcount of the retention team?") == "");
    CHECK(answer(churn, "does the retention team work in sprints, and how are they organised?") == "");
    CHECK_FALSE(answer(churn, "what offers can the retention team make?").empty());
}

TEST_CASE("clarification: a typo in the word that matters still finds its fact", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "spam-email-detection"));
    CHECK(answer(matcher, "which languages do we get mail in?") == "languages");
    CHECK(answer(matcher, "which langauges do we get mail in?") == "languages");
}

TEST_CASE("clarification: who owns or built a system is declined though it names the system", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "duplicate-listing-detection"));
    CHECK(answer(matcher, "who designed the current listing upload flow?") == "");
    CHECK(answer(matcher, "which team maintains the current dedup rule?") == "");
    CHECK(answer(matcher, "what does the current rule catch?") == "current-rule");
}

TEST_CASE("clarification: who owns or approves something is answered only by a fact written to say so", "[interviewer][clarification]") {
    // Both facts name a team; only the policy fact was written to say who owns something.
    const char* json = R"({
      "format": 1, "id": "toy-owners", "title": "Toy owners", "question": "Design a retention model.",
      "difficulty": "easy", "tags": [], "minutes": 5,
      "facts": [
        { "id": "offers", "topic": "Retention offers",
          "asks": ["what discounts can we offer", "what is the discount budget"],
          "answer": "The retention team can offer up to 30% off for three months; the budget is 2 million a year." },
        { "id": "policy", "topic": "Offer policy",
          "asks": ["who approves the offer policy", "are there rules on offers"],
          "answer": "Finance approves the offer policy each quarter; legal reviews its wording." }
      ],
      "stages": [ { "id": "clarify", "minutes": 5, "goal": "g", "guidance": "g", "reference": "r", "key_points": [] } ],
      "reference": { "summary": "s", "diagram": { "items": [], "arrows": [] } }
    })";
    ScenarioLoadResult loaded = loadScenarioFromText(json, "owners.json");
    REQUIRE(loaded.scenario);
    ClarificationMatcher matcher(*loaded.scenario);
    CHECK(answer(matcher, "what's the discount budget?") == "offers");
    // The offers fact names the retention team, but not as the owner of the budget.
    CHECK(answer(matcher, "who signs off on the discount budget?") == "");
    CHECK(answer(matcher, "and who decided the discount budget?") == "");
    CHECK(answer(matcher, "who approves the offer policy?") == "policy");
    CHECK(answer(matcher, "who sets the offer rules?") == "policy");
    // "Who are the customers?" and "customers who churn" ask for no owner.
    CHECK(answer(matcher, "how many customers who churn take the discount budget offers?") == "offers");
}

TEST_CASE("clarification: a clause that sets up the question asks for nothing itself", "[interviewer][clarification]") {
    ScenarioLibrary library;
    const Scenario& duplicates = shipped(library, "duplicate-listing-detection");
    ClarificationMatcher matcher(duplicates);
    // "catch" is the current rule's word, but the question is what happens to a caught duplicate.
    const ClarificationResult result = matcher.match("when we catch one, do we block it or send it to a human?");
    REQUIRE(result.facts.size() == 1);
    CHECK(result.facts.front()->id == FactId("actions"));
    // A question of its own after a comma still counts.
    CHECK(answer(matcher, "what does the current rule catch, and what happens to a duplicate?") == "current-rule");
    CHECK(matcher.match("what does the current rule catch, and what happens to a duplicate?").facts.size() == 2);
}

TEST_CASE("clarification: parts of a question that ask nothing themselves add no fact", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "payment-fraud-detection"));
    const auto ids = [&](const std::string& question) { return answers(matcher, question); };
    // "in basis points of total volume" says how to give the rate; alone it
    // would find the volume fact.
    CHECK(ids("what's the fraud rate? in basis points of total volume") == std::vector<std::string>{"fraud-rate"});
    CHECK(ids("how long until a chargeback arrives? days? weeks?") == std::vector<std::string>{"label-delay"});
    // A leading noun names what the question after it asks about.
    CHECK(ids("chargebacks, how long do they take to arrive?") == std::vector<std::string>{"label-delay"});
    // A leading noun followed by "and ..." is a request of its own.
    CHECK(ids("Latency budget for a decision, and do we have chargeback labels?") ==
          std::vector<std::string>{"latency", "labels"});
}

TEST_CASE("clarification: 'and roughly what share' and 'and how's' open a second question", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher matcher(shipped(library, "fake-account-detection"));
    const ClarificationResult result = matcher.match("How many sign-ups a day, and roughly what share of them are fake?");
    REQUIRE(result.facts.size() == 2);
    CHECK(result.facts[0]->id == FactId("volume"));
    CHECK(result.facts[1]->id == FactId("prevalence"));
    ClarificationMatcher compose(shipped(library, "smart-compose"));
    CHECK(compose.match("How many daily active users, and how's that split between web and mobile?").facts.size() == 2);
}

TEST_CASE("clarification: a figure per day is a rate, not a delay of days", "[interviewer][clarification]") {
    ScenarioLibrary library;
    const Scenario& fraud = shipped(library, "payment-fraud-detection");
    ClarificationMatcher matcher(fraud);
    // The volume fact ("40 million authorisations a day") shares "day" with
    // the question but gives no time anything takes.
    CHECK(answer(matcher, "How many days until the chargeback lands?") == "label-delay");
    CHECK(answer(matcher, "How many transactions a day?") == "volume");
}

TEST_CASE("clarification: a question asking how soon is answered by the fact that gives a time", "[interviewer][clarification]") {
    ScenarioLibrary library;
    const Scenario& fraud = shipped(library, "payment-fraud-detection");
    ClarificationMatcher matcher(fraud);
    // The label source shares the words; only the label delay says when.
    CHECK(matcher.rank("How soon do the labels come in?").front().fact->id == FactId("labels"));
    CHECK(answer(matcher, "How soon do the labels come in?") == "label-delay");
    CHECK(answer(matcher, "How quickly do we find out a payment was fraudulent?") == "label-delay");
    CHECK(answer(matcher, "Where do the labels come from?") == "labels");
}

TEST_CASE("clarification: 'in time spent' names a quantity, 'in time for' asks for a deadline", "[interviewer][clarification]") {
    ScenarioLibrary library;
    ClarificationMatcher feed(shipped(library, "news-feed-ranking"));
    CHECK(answer(feed, "Can we accept a drop in time spent?") == "company-goal");
    ClarificationMatcher fraud(shipped(library, "payment-fraud-detection"));
    CHECK(answer(fraud, "Do we need to decide in time for the authorization?") == "latency");
}

TEST_CASE("clarification: a part that leans on the first adds a fact of its own only on a clear match", "[interviewer][clarification]") {
    ScenarioLibrary library;
    // "its abandonment rate" is the step-up's, not the fraud rate.
    ClarificationMatcher fraud(shipped(library, "payment-fraud-detection"));
    CHECK(answers(fraud, "What does step-up mean here, and what's its abandonment rate?") ==
          std::vector<std::string>{"actions"});
    ClarificationMatcher search(shipped(library, "semantic-search-embeddings"));
    CHECK(answers(search, "How big is the thread corpus, and how fast is it growing?") == std::vector<std::string>{"corpus"});
    // "how bad is it to junk ...": this "it" stands for what follows, not for the first part.
    ClarificationMatcher spam(shipped(library, "spam-email-detection"));
    CHECK(answers(spam, "Which actions can we take, and how bad is it to junk a real bank alert?") ==
          std::vector<std::string>{"actions", "error-costs"});
}

TEST_CASE("clarification: a later part of a question that says 'it' leans on the first part", "[interviewer][clarification]") {
    ScenarioLibrary library;
    const Scenario& visual = shipped(library, "visual-image-search");
    ClarificationMatcher matcher(visual);
    // "how fast does it change" is about the catalogue, not the latency budget.
    const ClarificationResult result =
        matcher.match("Roughly how many listings live in the catalogue right now, and how fast does it change?");
    REQUIRE(result.facts.size() == 1);
    CHECK(result.facts.front()->id == FactId("catalog-size"));

    // Without the borrowed words (and without the higher bar for a part
    // that leans on the first), the part goes to the latency fact.
    ClarificationOptions noContext;
    noContext.contextWeight = 0;
    noContext.referBackThreshold = 0;
    ClarificationMatcher alone(visual, noContext);
    CHECK(alone.match("Roughly how many listings live in the catalogue right now, and how fast does it change?")
              .facts.size() == 2);
}

TEST_CASE("clarification: the result names the closest phrasing and ranks all facts", "[interviewer][clarification]") {
    const Scenario scenario = matcherToyScenario();
    ClarificationMatcher matcher(scenario);
    const ClarificationResult result = matcher.match("what about gdpr?");
    REQUIRE(result.matched());
    CHECK(result.closestAsk == "what about GDPR");
    CHECK(result.score > matcher.options().threshold);

    const auto ranked = matcher.rank("what about gdpr?");
    REQUIRE(ranked.size() == scenario.facts.size());
    CHECK(ranked.front().fact->id == FactId("privacy"));
    for (std::size_t i = 1; i < ranked.size(); ++i) CHECK(ranked[i - 1].score >= ranked[i].score);
}

TEST_CASE("clarification: a scenario without facts never answers", "[interviewer][clarification]") {
    Scenario scenario = matcherToyScenario();
    scenario.facts.clear();
    ClarificationMatcher matcher(scenario);
    CHECK_FALSE(matcher.match("how many emails per day").matched());
}

namespace {

// The toy scenario with two things it leaves to the candidate.
Scenario toyWithAssumptions() {
    std::string json = kMatcherScenarioJson;
    const std::string facts = R"("facts": [)";
    const std::string assumptions = R"("assumptions": [
    { "id": "outbound", "topic": "Outbound mail",
      "asks": ["do we filter mail our own users send", "is outgoing spam in scope"],
      "says": "Inbound only: assume outbound abuse is another team's." },
    { "id": "tabs", "topic": "Category tabs",
      "asks": ["do we sort mail into tabs like promotions"],
      "says": "Inbox or spam only." }
  ],
  )";
    json.insert(json.find(facts), assumptions);
    ScenarioLoadResult result = loadScenarioFromText(json, "toy.json");
    REQUIRE(result.scenario);
    REQUIRE(result.scenario->assumptions.size() == 2);
    return *result.scenario;
}

}  // namespace

TEST_CASE("clarification: a question about what the scenario leaves open is declined with that assumption", "[interviewer][clarification]") {
    const Scenario scenario = toyWithAssumptions();
    ClarificationMatcher matcher(scenario);
    // Shares "mail" with the volume fact, but asks about something left open.
    const ClarificationResult outbound = matcher.match("Do we also filter the mail our users send out?");
    CHECK_FALSE(outbound.fact);
    REQUIRE(outbound.leftOpen);
    CHECK(outbound.leftOpen->id == "outbound");
    const ClarificationResult tabs = matcher.match("Are we sorting mail into promotions and social tabs?");
    REQUIRE(tabs.leftOpen);
    CHECK(tabs.leftOpen->id == "tabs");

    // The facts still answer their own questions, with no assumption attached.
    const ClarificationResult volume = matcher.match("How many emails do we get per day?");
    REQUIRE(volume.fact);
    CHECK(volume.fact->id == FactId("volume"));
    CHECK_FALSE(volume.leftOpen);
    // A question near neither gets the general decline, not an assumption's reply.
    const ClarificationResult deadline = matcher.match("When is the launch deadline?");
    CHECK_FALSE(deadline.fact);
    CHECK_FALSE(deadline.leftOpen);

    // A compound question gets the fact one part asks for and the assumption the other part asks about.
    const ClarificationResult both = matcher.match("How many emails do we get per day, and do we sort mail into tabs?");
    REQUIRE(both.fact);
    CHECK(both.fact->id == FactId("volume"));
    REQUIRE(both.leftOpen);
    CHECK(both.leftOpen->id == "tabs");

}
