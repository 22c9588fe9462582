// The pair session between two machines: an interviewer's peer holding the
// scenario and a candidate's peer holding only what it received. Messages
// cross in flight, as they do on a network; the candidate's view must end
// equal to the one built from the interviewer's session, nothing hidden may
// reach the candidate's side, and a message either side may not send closes
// the session with a sentence on both screens and changes nothing.
#include "core/json/untrusted_json.hpp"
#include "core/pair/pair_peer.hpp"
#include "net/pair_channel.hpp"
#include "pair_test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <deque>
#include <random>

using namespace rehearse;
using namespace std::chrono_literals;

namespace {

using rehearse::test::exchange;
using rehearse::test::shipped;

struct Pair {
    InterviewerPeer interviewer;
    CandidatePeer candidate{"Grace"};
    explicit Pair(Scenario scenario) : interviewer(std::move(scenario), "Ada") {
        exchange(interviewer, candidate);
        REQUIRE(interviewer.isOpen());
        REQUIRE(candidate.isOpen());
    }
    std::string candidateView() const { return candidateViewToJson(candidate.candidateView()).dump(); }
    std::string interviewerView() const { return candidateViewToJson(interviewer.candidateView()).dump(); }
};

std::string byeReason(const std::vector<std::string>& outgoing) {
    for (const std::string& m : outgoing) {
        auto decoded = decodePairMessage(m);
        if (decoded.message)
            if (auto* bye = std::get_if<PairBye>(&*decoded.message)) return bye->reason;
    }
    return {};
}

Scorecard card(const char* strengths) {
    Scorecard c;
    c.strengths = strengths;
    c.advance = AdvanceVerdict::Yes;
    return c;
}

}  // namespace

TEST_CASE("Pair peers whose messages cross in flight end with the candidate seeing what the interviewer's session shows",
          "[pair_peer]") {
    const Scenario scenario = shipped("delivery-time-prediction");
    Pair pair(scenario);
    std::deque<std::string> toInterviewer, toCandidate;
    std::mt19937 random(11);
    const auto collect = [&] {
        for (std::string& m : pair.interviewer.takeOutgoing()) toCandidate.push_back(std::move(m));
        for (std::string& m : pair.candidate.takeOutgoing()) toInterviewer.push_back(std::move(m));
    };
    double now = 1;
    std::size_t stage = 0;
    for (int step = 0; step < 3000; ++step) {
        now += 0.25;
        const std::size_t r = random() % 10;
        const std::string n = std::to_string(step);
        if (r < 2) {
            pair.candidate.act({now, PoseQuestion{"Question " + n + "?"}});
        } else if (r == 2) {
            stage = (stage + 1 + random() % (scenario.stages.size() - 1)) % scenario.stages.size();
            pair.candidate.act({now, GoToStage{StageIndex(stage)}});
            pair.candidate.act({now, SetNotes{StageIndex(stage), "notes " + n}});
        } else if (r == 3) {
            pair.candidate.act({now, AnswerFollowUp{ProbeIndex(random() % 12), "answer " + n}});
        } else if (r == 4) {
            const Fact& fact = scenario.facts[random() % scenario.facts.size()];
            pair.interviewer.act({now, AnswerQuestion{fact.id, random() % 2 ? "" : "in my words " + n}});
        } else if (r == 5) {
            pair.interviewer.act({now, AnswerQuestion{FactId(), "own answer " + n}});
        } else if (r == 6) {
            const Stage& s = scenario.stages[random() % scenario.stages.size()];
            if (!s.followUps.empty()) pair.interviewer.act({now, RaiseFollowUp{s.followUps[random() % s.followUps.size()].id, ""}});
        } else if (r == 7) {
            pair.interviewer.act({now, random() % 2 ? ActionPayload{NudgeMoveOn{""}} : ActionPayload{InterviewerNote{"note " + n}}});
        } else if (r == 8) {
            pair.interviewer.act({now, pair.interviewer.session()->isPaused() ? ActionPayload{ResumeClock{}} : ActionPayload{PauseClock{}}});
        }
        collect();
        // A random share of what is in flight lands now; the rest crosses later messages.
        for (std::size_t k = random() % 4; k > 0 && !toInterviewer.empty(); --k) {
            pair.interviewer.receive(toInterviewer.front());
            toInterviewer.pop_front();
        }
        for (std::size_t k = random() % 4; k > 0 && !toCandidate.empty(); --k) {
            pair.candidate.receive(toCandidate.front());
            toCandidate.pop_front();
        }
        REQUIRE_FALSE(pair.interviewer.isClosed());
        REQUIRE_FALSE(pair.candidate.isClosed());
    }
    // What is still in flight lands, in order.
    while (!toInterviewer.empty() || !toCandidate.empty()) {
        for (; !toInterviewer.empty(); toInterviewer.pop_front()) pair.interviewer.receive(toInterviewer.front());
        for (; !toCandidate.empty(); toCandidate.pop_front()) pair.candidate.receive(toCandidate.front());
        collect();
    }
    // The debrief: the interviewer scores first; the candidate must not see it before their own.
    pair.candidate.act({now, FinishSession{}});
    exchange(pair.interviewer, pair.candidate);
    REQUIRE(pair.interviewer.session()->isFinished());
    REQUIRE(pair.interviewer.act({now + 1, SetScorecard{ScorecardAuthor::Interviewer, card("Clear metrics")}}));
    exchange(pair.interviewer, pair.candidate);
    CHECK_FALSE(pair.candidate.candidateView().interviewerScore);
    // Nor the answer key: the self-score form would list the key points missed.
    CHECK(pair.candidate.scenarioCopy() == nullptr);
    CHECK(pair.candidate.session()->scenario().referenceSummary.empty());
    REQUIRE(pair.candidate.act({now + 2, SetScorecard{ScorecardAuthor::Candidate, card("I framed it well")}}));
    exchange(pair.interviewer, pair.candidate);
    CHECK(pair.candidate.scenarioCopy() != nullptr);
    REQUIRE(pair.candidate.candidateView().interviewerScore);
    CHECK(pair.candidate.candidateView().interviewerScore->strengths == "Clear metrics");

    pair.candidate.markDone();
    pair.interviewer.markDone();
    exchange(pair.interviewer, pair.candidate);
    CHECK(pair.interviewer.hasEnded());
    CHECK(pair.candidate.hasEnded());
    const CandidateView view = pair.candidate.candidateView();
    CHECK(view.revealedFacts.size() >= 3);
    CHECK(view.probes.size() >= 5);
    CHECK(view.feed.size() > 500);
    CHECK(pair.candidateView() == pair.interviewerView());
}

TEST_CASE("A candidate's request the interviewer's session no longer takes is dropped there and the views still agree",
          "[pair_peer]") {
    // A candidate's request the interviewer's session no longer takes (a probe
    // already answered) is dropped there and never comes back; the views agree.
    Pair pair(shipped("delivery-time-prediction"));
    REQUIRE(pair.interviewer.act({1, RaiseFollowUp{FollowUpId(), "Why that metric?"}}));
    exchange(pair.interviewer, pair.candidate);
    REQUIRE(pair.candidate.act({2, AnswerFollowUp{ProbeIndex(0), "first"}}));
    REQUIRE(pair.candidate.act({3, AnswerFollowUp{ProbeIndex(0), "second"}}));
    exchange(pair.interviewer, pair.candidate);
    CHECK(pair.candidate.candidateView().probes.at(0).answer == "first");
    CHECK(pair.candidate.unansweredRequests() == 1);
    CHECK(pair.candidateView() == pair.interviewerView());
}

TEST_CASE("The candidate's side sending an answer to a question closes the session on both screens and changes nothing",
          "[pair_peer]") {
    const Scenario scenario = shipped("spam-email-detection");
    Pair pair(scenario);
    REQUIRE(pair.candidate.act({1, PoseQuestion{"How many emails a day?"}}));
    exchange(pair.interviewer, pair.candidate);
    const std::size_t journal = pair.interviewer.session()->journal().size();
    const std::string before = pair.interviewerView();

    // A tampered candidate build: the request carries an interviewer's action.
    pair.interviewer.receive(encodePairMessage(
        PairActionMessage{2, {2, AnswerQuestion{scenario.facts.at(0).id, ""}}, 0, std::nullopt}));
    REQUIRE(pair.interviewer.isClosed());
    CHECK_FALSE(pair.interviewer.hasEnded());
    CHECK(pair.interviewer.closeReason() ==
          "The session was closed: the candidate's side sent 'answer_question', which only the interviewer may do; "
          "nothing was changed.");
    CHECK(pair.interviewer.session()->journal().size() == journal);
    CHECK(pair.interviewerView() == before);
    CHECK(pair.interviewer.session()->revealedFactIds().empty());
    // Nothing more is taken from that side.
    pair.interviewer.receive(encodePairMessage(PairActionMessage{3, {3, PoseQuestion{"And?"}}, 0, std::nullopt}));
    CHECK(pair.interviewer.session()->journal().size() == journal);

    // The same sentence reaches the candidate's screen.
    std::vector<std::string> outgoing = pair.interviewer.takeOutgoing();
    CHECK(byeReason(outgoing) == pair.interviewer.closeReason());
    for (const std::string& m : outgoing) pair.candidate.receive(m);
    CHECK(pair.candidate.isClosed());
    CHECK(pair.candidate.closeReason() == pair.interviewer.closeReason());
    CHECK_FALSE(pair.candidate.act({4, PoseQuestion{"Still there?"}}));
}

TEST_CASE("Malformed, out-of-order or forbidden messages from the interviewer's side close the candidate's session",
          "[pair_peer]") {
    const Scenario scenario = shipped("spam-email-detection");
    const FactId factId = scenario.facts.at(0).id;
    struct Case {
        const char* what;
        std::string bytes;
        const char* says;
    };
    const std::vector<Case> cases = {
        {"not JSON", "{\"type\":\"action\",", "sent a message this version cannot read"},
        {"a gap in the numbering", encodePairMessage(PairActionMessage{5, {1, NudgeMoveOn{""}}, 0, std::nullopt}),
         "sent action number 5 where number 2 was due"},
        {"the candidate's action as the interviewer's",
         encodePairMessage(PairActionMessage{2, {1, PoseQuestion{"Planted?"}}, 0, std::nullopt}),
         "'pose_question', which only the candidate may do"},
        {"an echo of a request never made",
         encodePairMessage(PairActionMessage{2, {1, SetNotes{StageIndex(0), "planted"}}, 9, std::nullopt}),
         "this side never asked for"},
        {"a fact no answer reveals",
         encodePairMessage(PairActionMessage{2, {1, NudgeMoveOn{""}}, 0, RevealedFactText{factId, "t", "a"}}),
         "a fact that no answer of theirs reveals"},
        {"an answer with no question waiting",
         encodePairMessage(PairActionMessage{2, {1, AnswerQuestion{FactId(), "Hello?"}}, 0, std::nullopt}),
         "does not fit the session"},
        {"a second scenario", encodePairMessage(PairOpening{openingOf(scenario)}), "sent the scenario twice"},
    };
    for (const Case& c : cases) {
        SECTION(c.what) {
            Pair pair(scenario);
            const std::string before = pair.candidateView();
            const std::size_t journal = pair.candidate.session()->journal().size();
            pair.candidate.receive(c.bytes);
            REQUIRE(pair.candidate.isClosed());
            CHECK_THAT(pair.candidate.closeReason(), Catch::Contains(c.says));
            CHECK(pair.candidateView() == before);
            CHECK(pair.candidate.session()->journal().size() == journal);
            for (const std::string& m : pair.candidate.takeOutgoing()) pair.interviewer.receive(m);
            CHECK(pair.interviewer.isClosed());
            CHECK(pair.interviewer.closeReason() == pair.candidate.closeReason());
        }
    }
}

namespace {

PairReveal revealOf(const Scenario& scenario) {
    std::string error;
    PairReveal reveal;
    reveal.copy = scenarioCopyOf(scenario, error);
    REQUIRE(reveal.copy);
    reveal.scenario = scenario;
    return reveal;
}

bool isReveal(const std::string& message) {
    auto decoded = decodePairMessage(message);
    return decoded.message && std::holds_alternative<PairReveal>(*decoded.message);
}

// Everything but the interviewer's reveal is delivered; returns how many reveals were held back.
int deliverWithoutReveal(PairPeer& interviewer, PairPeer& candidate) {
    for (const std::string& m : candidate.takeOutgoing()) interviewer.receive(m);
    int reveals = 0;
    for (const std::string& m : interviewer.takeOutgoing())
        isReveal(m) ? void(++reveals) : candidate.receive(m);
    return reveals;
}

// The candidate asks to finish, then scores themselves blind: only then does
// the interviewer's side reveal the scenario (held back here).
void finishWithoutReveal(PairPeer& interviewer, PairPeer& candidate) {
    REQUIRE(candidate.act({9, FinishSession{}}));
    REQUIRE(deliverWithoutReveal(interviewer, candidate) == 0);
    REQUIRE(candidate.session()->isFinished());
    REQUIRE(candidate.act({10, SetScorecard{ScorecardAuthor::Candidate, card("I framed it well")}}));
    REQUIRE(deliverWithoutReveal(interviewer, candidate) == 1);
    REQUIRE(candidate.session()->scorecard(ScorecardAuthor::Candidate));
    REQUIRE_FALSE(candidate.isClosed());
}

}  // namespace

TEST_CASE("A debrief sent early, twice, malformed, oversized or for another scenario closes the candidate's session "
          "in words and keeps what it holds",
          "[pair_peer]") {
    const Scenario scenario = shipped("spam-email-detection");
    enum class Sent { BeforeTheEnd, BeforeTheSelfScore, AfterTheSelfScore };
    struct Case {
        const char* what;
        Sent when;
        std::string bytes;
        const char* says;
    };
    constexpr Sent after = Sent::AfterTheSelfScore;
    const std::vector<Case> cases = {
        {"before the end", Sent::BeforeTheEnd, encodePairMessage(revealOf(scenario)), "before the interview was over"},
        {"before the self-score", Sent::BeforeTheSelfScore, encodePairMessage(revealOf(scenario)),
         "before your self-score"},
        {"not a scenario", after, R"({"type":"reveal","scenario":{"id":"spam-email-detection"}})",
         "'scenario' is not a scenario this version reads"},
        {"not an object", after, R"({"type":"reveal","scenario":"the reference"})", "must be a scenario file's JSON object"},
        {"oversized", after,
         R"({"type":"reveal","scenario":{"pad":")" + std::string(kMaxPairMessageBytes, 'x') + R"("}})",
         "allowed"},
        {"another scenario", after, encodePairMessage(revealOf(shipped("delivery-time-prediction"))),
         "a debrief for another scenario"},
    };
    for (const Case& c : cases) {
        SECTION(c.what) {
            Pair pair(scenario);
            if (c.when == after) finishWithoutReveal(pair.interviewer, pair.candidate);
            if (c.when == Sent::BeforeTheSelfScore) {
                REQUIRE(pair.candidate.act({9, FinishSession{}}));
                REQUIRE(deliverWithoutReveal(pair.interviewer, pair.candidate) == 0);
            }
            const std::string before = pair.candidateView();
            const std::size_t journal = pair.candidate.session()->journal().size();
            pair.candidate.receive(c.bytes);
            REQUIRE(pair.candidate.isClosed());
            CHECK_THAT(pair.candidate.closeReason(), Catch::Contains(c.says));
            // Kept as it was: the candidate's own session, still without the hidden parts.
            REQUIRE(pair.candidate.session());
            CHECK(pair.candidateView() == before);
            CHECK(pair.candidate.session()->journal().size() == journal);
            CHECK(pair.candidate.session()->scenario().referenceSummary.empty());
            CHECK(pair.candidate.scenarioCopy() == nullptr);
            CHECK(pair.candidate.hasDebrief());  // nothing more is coming: store what there is
            for (const std::string& m : pair.candidate.takeOutgoing()) pair.interviewer.receive(m);
            CHECK(pair.interviewer.isClosed());
        }
    }
    SECTION("twice") {
        Pair pair(scenario);
        finishWithoutReveal(pair.interviewer, pair.candidate);
        pair.candidate.receive(encodePairMessage(revealOf(scenario)));
        REQUIRE_FALSE(pair.candidate.isClosed());
        CHECK(pair.candidate.session()->scenario().referenceSummary == scenario.referenceSummary);
        pair.candidate.receive(encodePairMessage(revealOf(scenario)));
        CHECK_THAT(pair.candidate.closeReason(), Catch::Contains("sent the debrief twice"));
        CHECK(pair.candidate.session()->scenario().referenceSummary == scenario.referenceSummary);
    }
    SECTION("from the candidate's side") {
        Pair pair(scenario);
        pair.interviewer.receive(encodePairMessage(revealOf(scenario)));
        CHECK_THAT(pair.interviewer.closeReason(), Catch::Contains("only the interviewer's side sends"));
    }
}

TEST_CASE("Two candidates, or a hello of another protocol, are refused in words", "[pair_peer]") {
    CandidatePeer a("A"), b("B");
    exchange(a, b);
    CHECK(a.isClosed());
    CHECK_THAT(a.closeReason(), Catch::Contains("both of you chose to be the candidate"));
    InterviewerPeer interviewer(shipped("spam-email-detection"), "Ada");
    interviewer.receive(R"({"type":"hello","magic":"rehearse-pair","protocol":9,"role":"candidate","name":"X"})");
    CHECK_THAT(interviewer.closeReason(), Catch::Contains("too new"));
    CHECK_FALSE(interviewer.isOpen());
}

namespace {

// Every string inside a JSON message, joined: what the candidate's side could show.
void collectStrings(const nlohmann::json& j, std::string& out) {
    if (j.is_string()) out += j.get<std::string>() + "\n";
    else if (j.is_structured())
        for (const auto& item : j) collectStrings(item, out);
}

using rehearse::test::contains;

}  // namespace

TEST_CASE("Nothing hidden of a scenario reaches the candidate's side over the channel before the end, only what was "
          "revealed or pushed",
          "[pair_peer][net]") {
    for (const char* id : {"spam-email-detection", "delivery-time-prediction", "enterprise-rag-assistant"}) {
        const Scenario scenario = shipped(id);
        INFO(id);
        REQUIRE(scenario.facts.size() >= 4);
        auto host = net::PairChannel::host({});
        auto code = std::get<net::JoinCode>(net::parseJoinCode(host->status().code));
        auto joiner = net::PairChannel::join(code, {});
        InterviewerPeer interviewer(scenario, "Ada");
        CandidatePeer candidate("Grace");
        std::string received;  // everything the candidate's side was handed, after decryption
        const auto pump = [&] {
            for (std::string& m : interviewer.takeOutgoing()) REQUIRE(host->send(net::bytesOf(m)));
            for (std::string& m : candidate.takeOutgoing()) REQUIRE(joiner->send(net::bytesOf(m)));
            while (auto m = joiner->receive(5ms)) {
                const std::string text = net::textOf(*m);
                auto json = parseUntrustedJson(text);
                REQUIRE(json);
                collectStrings(*json, received);
                candidate.receive(text);
            }
            while (auto m = host->receive(5ms)) interviewer.receive(net::textOf(*m));
        };
        const auto pumpUntil = [&](auto done) {
            for (int i = 0; i < 2000 && !done(); ++i) pump();
            REQUIRE(done());
        };
        pumpUntil([&] { return candidate.isOpen(); });

        const Fact& revealed1 = scenario.facts[0];
        const Fact& revealed2 = scenario.facts[1];
        const FollowUp* pushed = nullptr;
        for (const Stage& s : scenario.stages)
            if (!pushed && !s.followUps.empty()) pushed = &s.followUps.front();
        REQUIRE(pushed);
        for (const char* q : {"How many a day?", "Which regions?", "Latency budget?"})
            REQUIRE(candidate.act({1, PoseQuestion{q}}));
        pumpUntil([&] { return interviewer.session()->pendingQuestions().size() == 3; });
        REQUIRE(interviewer.act({2, AnswerQuestion{revealed1.id, ""}}));
        REQUIRE(interviewer.act({3, AnswerQuestion{revealed2.id, "Roughly what the brief says."}}));
        REQUIRE(interviewer.act({4, AnswerQuestion{FactId(), "Assume one region."}}));
        REQUIRE(interviewer.act({5, RaiseFollowUp{pushed->id, ""}}));
        REQUIRE(interviewer.act({6, InterviewerNote{"Missed the label delay entirely."}}));
        REQUIRE(interviewer.act({7, NudgeMoveOn{""}}));
        REQUIRE(candidate.act({8, GoToStage{StageIndex(1)}}));
        pumpUntil([&] { return candidate.session()->journal().size() == interviewer.session()->journal().size() - 1; });
        const std::string beforeFinish = received;

        // The end: the whole scenario follows the candidate's blind
        // self-score, and nothing hidden came before it.
        REQUIRE(interviewer.act({9, FinishSession{}}));
        pumpUntil([&] { return candidate.session()->isFinished(); });
        for (int i = 0; i < 20; ++i) pump();
        CHECK_FALSE(candidate.hasDebrief());
        CHECK_FALSE(contains(received, scenario.referenceSummary));
        REQUIRE(candidate.act({10, SetScorecard{ScorecardAuthor::Candidate, card("I framed it well")}}));
        pumpUntil([&] { return candidate.hasDebrief(); });
        candidate.markDone();
        interviewer.markDone();
        pumpUntil([&] { return candidate.hasEnded(); });
        host->close("done");
        joiner->close("done");
        REQUIRE(received.size() > beforeFinish.size());
        const std::string afterFinish = received.substr(beforeFinish.size());
        const std::size_t finishAt = afterFinish.find("I framed it well");
        const std::size_t referenceAt = afterFinish.find(scenario.referenceSummary);
        REQUIRE(finishAt != std::string::npos);
        REQUIRE(referenceAt != std::string::npos);
        CHECK(finishAt < referenceAt);
        CHECK(candidate.session()->scenario().referenceSummary == scenario.referenceSummary);
        received = beforeFinish;

        CHECK(candidateViewToJson(candidate.candidateView()) == candidateViewToJson(interviewer.candidateView()));
        // What was revealed or pushed arrived before the end.
        CHECK(contains(received, revealed1.answer));
        CHECK(contains(received, revealed2.answer));
        CHECK(contains(received, pushed->says));
        CHECK_FALSE(contains(received, "Missed the label delay"));
        // Nothing else hidden did before the end. Public words (the prompt, goals, what was
        // revealed) may share a phrase with a hidden text: those are not leaks.
        std::string publicText = scenario.question + "\n" + revealed1.answer + "\n" + revealed2.answer + "\n" + pushed->says;
        for (const Stage& s : scenario.stages) publicText += "\n" + s.goal + "\n" + s.displayTitle();
        std::vector<std::string> hidden = {scenario.referenceSummary};
        for (std::size_t i = 2; i < scenario.facts.size(); ++i) hidden.push_back(scenario.facts[i].answer);
        for (const Stage& s : scenario.stages) {
            hidden.push_back(s.reference);
            hidden.push_back(s.guidance);
            for (const KeyPoint& k : s.keyPoints) hidden.push_back(k.text), hidden.push_back(k.why);
            for (const Pitfall& p : s.pitfalls) hidden.push_back(p.text);
            for (const FollowUp& f : s.followUps)
                if (&f != pushed) hidden.push_back(f.says);
        }
        int checked = 0;
        for (const std::string& text : hidden) {
            if (text.size() < 12 || contains(publicText, text)) continue;
            ++checked;
            INFO(text);
            CHECK_FALSE(contains(received, text));
        }
        CHECK(checked >= 30);
    }
}
