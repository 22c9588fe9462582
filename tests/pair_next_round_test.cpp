// "Swap roles" on two machines: after the debrief each side sends the
// scenarios its person met (ids and hashes only); the side that was the
// candidate picks the next scenario and starts the next round as its
// interviewer on the same channel; the other side recognises that hello and
// becomes the candidate, holding nothing of the new scenario but its opening.
#include "core/pair/pair_history.hpp"
#include "pair_test_support.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;
using rehearse::test::exchange;
using rehearse::test::shipped;

namespace {

// Ada interviews Grace on `scenario` to the end: finished, Grace's blind
// self-score in, the scenario revealed.
struct FinishedRound {
    InterviewerPeer ada;
    CandidatePeer grace{"Grace"};
    explicit FinishedRound(Scenario scenario) : ada(std::move(scenario), "Ada") {
        exchange(ada, grace);
        REQUIRE(grace.act({1, PoseQuestion{"How many a day?"}}));
        REQUIRE(grace.act({2, FinishSession{}}));
        exchange(ada, grace);
        REQUIRE(grace.act({3, SetScorecard{ScorecardAuthor::Candidate, Scorecard{}}}));
        exchange(ada, grace);
        REQUIRE(ada.hasDebrief());
        REQUIRE(grace.hasDebrief());
    }
};

PairHistory historyOf(std::vector<ScenarioSeen> asCandidate, std::vector<ScenarioSeen> asInterviewer) {
    PairHistory history;
    history.asCandidate = std::move(asCandidate);
    history.asInterviewer = std::move(asInterviewer);
    return history;
}

}  // namespace

TEST_CASE("After the debrief each side learns the scenarios its partner met, once, and no sooner", "[pair_peer][swap]") {
    SECTION("after the debrief") {
        FinishedRound round(shipped("spam-email-detection"));
        const PairHistory adas = historyOf({{"news-feed-ranking", "h1"}}, {{"spam-email-detection", "h2"}});
        const PairHistory graces = historyOf({{"spam-email-detection", "h2"}, {"payment-fraud-detection", ""}}, {});
        REQUIRE(round.ada.sendHistory(adas));
        REQUIRE(round.grace.sendHistory(graces));
        CHECK_FALSE(round.ada.sendHistory(adas));  // once
        exchange(round.ada, round.grace);
        REQUIRE(round.grace.partnerHistory());
        CHECK(round.grace.partnerHistory()->asCandidate.at(0).scenarioId == "news-feed-ranking");
        CHECK(round.grace.partnerHistory()->asInterviewer.at(0).hash == "h2");
        REQUIRE(round.ada.partnerHistory());
        CHECK(round.ada.partnerHistory()->asCandidate.size() == 2);
        CHECK_FALSE(round.ada.isClosed());
        CHECK_FALSE(round.grace.isClosed());
    }
    SECTION("not before the debrief") {
        InterviewerPeer ada(shipped("spam-email-detection"), "Ada");
        CandidatePeer grace("Grace");
        exchange(ada, grace);
        CHECK_FALSE(ada.sendHistory({}));
        CHECK_FALSE(grace.sendHistory({}));
        // A partner who sends it anyway is refused in words.
        grace.receive(encodePairMessage(PairHistoryMessage{historyOf({{"x", ""}}, {})}));
        CHECK_THAT(grace.closeReason(), Catch::Contains("sent its history before the interview was over"));
    }
    SECTION("twice") {
        FinishedRound round(shipped("spam-email-detection"));
        const std::string message = encodePairMessage(PairHistoryMessage{historyOf({{"x", ""}}, {})});
        round.ada.receive(message);
        CHECK_FALSE(round.ada.isClosed());
        round.ada.receive(message);
        CHECK_THAT(round.ada.closeReason(), Catch::Contains("sent its history twice"));
    }
}

TEST_CASE("A history message is read back as written and a malformed one is refused in words", "[pair][swap]") {
    const PairHistory history = historyOf({{"spam-email-detection", "ab12"}}, {{"news-feed-ranking", ""}});
    auto back = decodePairMessage(encodePairMessage(PairHistoryMessage{history}));
    REQUIRE(back.message);
    const auto* message = std::get_if<PairHistoryMessage>(&*back.message);
    REQUIRE(message);
    CHECK(message->history.asCandidate.at(0).scenarioId == "spam-email-detection");
    CHECK(message->history.asCandidate.at(0).hash == "ab12");
    CHECK(message->history.asInterviewer.at(0).scenarioId == "news-feed-ranking");

    const std::string many = [] {
        std::string list;
        for (std::size_t i = 0; i <= kMaxHistoryEntries; ++i) list += std::string(i ? "," : "") + R"({"id":"s","hash":""})";
        return R"({"type":"history","as_candidate":[)" + list + R"(],"as_interviewer":[]})";
    }();
    const std::vector<std::pair<std::string, std::string>> bad = {
        {R"({"type":"history","as_candidate":[]})", "'as_interviewer' is missing"},
        {R"({"type":"history","as_candidate":{},"as_interviewer":[]})", "'as_candidate' must be a list"},
        {R"({"type":"history","as_candidate":[3],"as_interviewer":[]})", "must list objects"},
        {R"({"type":"history","as_candidate":[{"id":"","hash":""}],"as_interviewer":[]})", "wrong length"},
        {R"({"type":"history","as_candidate":[{"id":"s"}],"as_interviewer":[]})", "'hash' is missing"},
        {many, "more than 2000 scenarios"},
    };
    for (const auto& [bytes, says] : bad) {
        INFO(bytes.substr(0, 80));
        auto decoded = decodePairMessage(bytes);
        CHECK_FALSE(decoded.message);
        CHECK_THAT(decoded.error, Catch::Contains(says));
    }
}

TEST_CASE("The candidate starts the next round as its interviewer and the other side becomes the candidate",
          "[pair_peer][swap]") {
    FinishedRound round(shipped("spam-email-detection"));
    const Scenario next = shipped("news-feed-ranking");

    // Grace's side: a new interviewer peer on the same channel, whose hello goes first.
    InterviewerPeer graceInterviews(next, "Grace", next.id);
    const std::vector<std::string> hello = graceInterviews.takeOutgoing();
    REQUIRE(hello.size() == 1);
    // Before the debrief that hello would not start a round; after it, it does, on Ada's side only.
    CHECK(round.ada.startsNextRound(hello[0]));
    CHECK_FALSE(round.grace.startsNextRound(hello[0]));
    CHECK_FALSE(round.ada.startsNextRound(encodePairMessage(PairDone{})));
    {
        InterviewerPeer fresh(shipped("spam-email-detection"), "Ada");
        CandidatePeer waiting("Grace");
        exchange(fresh, waiting);
        CHECK_FALSE(fresh.startsNextRound(hello[0]));  // mid-interview: a second hello is refused as before
    }

    // Ada's side makes its next peer from that hello, as a joining side does.
    auto decoded = decodePairMessage(hello[0]);
    REQUIRE(decoded.message);
    const auto& theirs = std::get<PairHello>(*decoded.message);
    CHECK(theirs.role == PairRole::Interviewer);
    CHECK(theirs.scenario == "news-feed-ranking");
    CandidatePeer adaIsCandidate("Ada");
    adaIsCandidate.receive(hello[0]);
    exchange(graceInterviews, adaIsCandidate);
    REQUIRE(adaIsCandidate.isOpen());
    REQUIRE(graceInterviews.isOpen());
    CHECK(adaIsCandidate.partnerName() == "Grace");
    REQUIRE(adaIsCandidate.session()->pair());
    CHECK(adaIsCandidate.session()->pair()->interviewerName == "Grace");
    CHECK(adaIsCandidate.session()->pair()->candidateName == "Ada");
    // The new candidate holds the new scenario's opening only.
    CHECK(adaIsCandidate.session()->scenario().id == "news-feed-ranking");
    CHECK(adaIsCandidate.session()->scenario().referenceSummary.empty());
    CHECK(adaIsCandidate.scenarioCopy() == nullptr);
    // And the round runs as any other.
    REQUIRE(adaIsCandidate.act({1, PoseQuestion{"How many people open the feed a day?"}}));
    exchange(graceInterviews, adaIsCandidate);
    CHECK(graceInterviews.session()->pendingQuestions().size() == 1);
}

TEST_CASE("A person's own history on their machine counts the part their copy says and what they rehearsed alone",
          "[pair][swap]") {
    std::vector<SessionRecord> records(5);
    records[0].scenarioId = "spam";  // rehearsed alone: met as the candidate
    records[0].scenarioHash = "h-spam";
    records[1].scenarioId = "feed";
    records[1].pair = PairParts{"Ada", "Grace", PairRole::Interviewer, std::nullopt};  // Ada's copy
    records[2].scenarioId = "fraud";
    records[2].pair = PairParts{"Grace", "Ada", PairRole::Candidate, std::nullopt};
    records[3].scenarioId = "ads";  // a shared hot-seat copy: by name
    records[3].pair = PairParts{"ada ", "Grace", std::nullopt, std::nullopt};
    records[4].scenarioId = "gone";
    records[4].deletedMs = 1;
    const PairHistory ada = ownPairHistory(records, "Ada");
    std::vector<std::string> asCandidate, asInterviewer;
    for (const ScenarioSeen& s : ada.asCandidate) asCandidate.push_back(s.scenarioId);
    for (const ScenarioSeen& s : ada.asInterviewer) asInterviewer.push_back(s.scenarioId);
    CHECK(asCandidate == std::vector<std::string>{"spam", "fraud"});
    CHECK(asInterviewer == std::vector<std::string>{"feed", "ads"});
    CHECK(ada.asCandidate.front().hash == "h-spam");
}
