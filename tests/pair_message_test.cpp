// The pair message codec: what two peers exchange. Messages round-trip, and
// malformed bytes give a clear message instead of an exception.
#include "core/pair/pair_message.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

namespace {

PairMessage roundTrip(const PairMessage& message) {
    PairMessageDecoding decoded = decodePairMessage(encodePairMessage(message));
    INFO(decoded.error);
    REQUIRE(decoded.message);
    CHECK(decoded.error.empty());
    return *decoded.message;
}

std::string errorFor(const std::string& bytes) {
    PairMessageDecoding decoded = decodePairMessage(bytes);
    CHECK_FALSE(decoded.message);
    return decoded.error;
}

}  // namespace

TEST_CASE("Pair messages read back as written", "[pair]") {
    PairHello hello = std::get<PairHello>(roundTrip(PairHello{1, PairRole::Candidate, "Grace", {}}));
    CHECK(hello.role == PairRole::Candidate);
    CHECK(hello.name == "Grace");

    Scorecard card;
    card.score(RubricDimension::Modelling) = {ScoreLevel::VeryStrong, "Compared three models with latency numbers"};
    card.advance = AdvanceVerdict::No;
    card.improvements = "Ask about labels";
    for (const Action& action : {Action{3, AnswerQuestion{FactId("volume"), "About a billion a day."}},
                                 Action{4, PoseQuestion{"How many users?"}}, Action{5, NudgeMoveOn{"Time."}},
                                 Action{6, SetScorecard{ScorecardAuthor::Interviewer, card}},
                                 Action{7, StartPair{"Ada", "Grace"}}}) {
        auto message = std::get<PairActionMessage>(roundTrip(PairActionMessage{42, action, 0, std::nullopt}));
        CHECK(message.seq == 42);
        CHECK(actionToJson(message.action) == actionToJson(action));
    }
    auto scored = std::get<PairActionMessage>(roundTrip(PairActionMessage{1, {6, SetScorecard{ScorecardAuthor::Interviewer, card}}, 0, std::nullopt}));
    CHECK(std::get<SetScorecard>(scored.action.payload).scorecard == card);

    CHECK(std::get<PairResend>(roundTrip(PairResend{17})).from == 17);
    CHECK(std::get<PairBye>(roundTrip(PairBye{"done"})).reason == "done");
}

TEST_CASE("Malformed pair messages are refused with a message saying what is wrong", "[pair]") {
    CHECK_THAT(errorFor("{\"type\": "), Catch::Contains("not valid JSON") && Catch::Contains("line 1"));
    CHECK_THAT(errorFor("[1, 2]"), Catch::Contains("must be a JSON object"));
    CHECK_THAT(errorFor("{}"), Catch::Contains("'type' is missing"));
    CHECK_THAT(errorFor("{\"type\": 7}"), Catch::Contains("'type' must be a string"));
    CHECK_THAT(errorFor("{\"type\": \"dance\"}"), Catch::Contains("unknown type 'dance'"));
    CHECK_THAT(errorFor(R"({"type":"hello","magic":"ssh","protocol":1,"role":"candidate","name":"x"})"),
               Catch::Contains("not a Rehearse pair partner"));
    CHECK_THAT(errorFor(R"({"type":"hello","magic":"rehearse-pair","protocol":1,"role":"judge","name":"x"})"),
               Catch::Contains("'role' must be interviewer or candidate"));
    CHECK_THAT(errorFor(R"({"type":"hello","magic":"rehearse-pair","protocol":-1,"role":"candidate","name":"x"})"),
               Catch::Contains("'protocol' must be a whole number"));
    CHECK_THAT(errorFor(R"({"type":"action","seq":1.5,"action":{}})"), Catch::Contains("'seq' must be a whole number"));
    CHECK_THAT(errorFor(R"({"type":"action","seq":1,"action":{"type":"answer_question","at":1}})"),
               Catch::Contains("not an action this version understands"));
    CHECK_THAT(errorFor(R"({"type":"action","seq":1,"action":{"type":"set_scorecard","at":1,"author":"candidate",
                         "scorecard":{"dimensions":{"data":{"level":"superb"}},"advance":"yes","strengths":"",
                         "improvements":""}}})"),
               Catch::Contains("not an action"));
    CHECK_THAT(errorFor(std::string(200, '[')), Catch::Contains("nest"));
    CHECK_THAT(errorFor(std::string(kMaxPairMessageBytes + 1, ' ')), Catch::Contains("more than"));
}

TEST_CASE("A hello of another protocol version is answered in words", "[pair]") {
    CHECK(pairProtocolMismatch(rehearse::kPairProtocolVersion).empty());
    CHECK_THAT(pairProtocolMismatch(rehearse::kPairProtocolVersion + 1), Catch::Contains("too new"));
    CHECK_THAT(pairProtocolMismatch(0), Catch::Contains("too old"));
}

TEST_CASE("The scenario's opening and an answer revealing a fact travel whole, and a bad opening is refused in words",
          "[pair]") {
    ScenarioOpening sent{"spam", "Spam", "Design it.", Level::Staff,
                         {{StageKind::Clarify, "", 5, "Pin the goal"}, {StageKind::Data, "Mail logs", 7.5, ""}}};
    auto opening = std::get<PairOpening>(roundTrip(PairOpening{sent}));
    CHECK(openingToJson(opening.scenario) == openingToJson(sent));
    CHECK(opening.scenario.stages.at(1).minutes == 7.5);

    auto answer = std::get<PairActionMessage>(roundTrip(
        PairActionMessage{3, {4, AnswerQuestion{FactId("volume"), ""}}, 2, RevealedFactText{FactId("volume"), "Volume", "10 billion."}}));
    CHECK(answer.of == 2);
    REQUIRE(answer.fact);
    CHECK(answer.fact->answer == "10 billion.");
    CHECK(std::holds_alternative<PairDone>(roundTrip(PairDone{})));
    CHECK(std::get<PairHello>(roundTrip(PairHello{1, PairRole::Interviewer, "Ada", "spam"})).scenario == "spam");

    CHECK_THAT(errorFor(R"({"type":"opening","scenario":{"id":"s","title":"","question":"","level":"senior","stages":[]}})"),
               Catch::Contains("1 to 6 stages"));
    CHECK_THAT(errorFor(R"({"type":"opening","scenario":{"id":"s","title":"","question":"","level":"senior",)"
                        R"("stages":[{"kind":"data","minutes":5},{"kind":"data","minutes":5}]}})"),
               Catch::Contains("appears twice"));
    CHECK_THAT(errorFor(R"({"type":"opening","scenario":{"id":"s","title":"","question":"","level":"senior",)"
                        R"("stages":[{"kind":"data","minutes":-1}]}})"),
               Catch::Contains("above 0"));
    CHECK_THAT(errorFor(R"({"type":"action","seq":1,"action":{"type":"nudge_move_on","at":1,"says":""},"fact":{"id":""}})"),
               Catch::Contains("is missing"));
}
