#include "core/text/concept_matcher.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

TEST_CASE("a phrase matches when its stems appear contiguously", "[text][concept]") {
    ConceptMatcher matcher;
    const Concept prCurve = {"pr auc", "precision recall curve"};

    auto match = matcher.find(prCurve, "We plot precision-recall curves per segment.");
    REQUIRE(match);
    CHECK(match->phraseIndex == 1);
    CHECK(match->phrase == "precision recall curve");
    CHECK(match->sentence == "We plot precision-recall curves per segment.");

    CHECK_FALSE(matcher.find(prCurve, "precision and recall, plotted as a curve"));
    CHECK_FALSE(matcher.find(prCurve, "recall precision curve"));
    CHECK(matcher.find(prCurve, "PR-AUC is the headline"));
}

TEST_CASE("the match reports the sentence it was found in", "[text][concept]") {
    ConceptMatcher matcher;
    const std::string notes = "Data comes from user reports.\n- Labels arrive with a delay of days\nDone.";
    auto match = matcher.find({"label delay", "labels arrive"}, notes);
    REQUIRE(match);
    CHECK(match->sentence == "Labels arrive with a delay of days");
    CHECK(notes.substr(match->begin, match->end - match->begin) == "Labels arrive");
}

TEST_CASE("a phrase never matches across sentences", "[text][concept]") {
    ConceptMatcher matcher;
    CHECK_FALSE(matcher.find({"class imbalance"}, "We pick a class.\nImbalance is fine"));
    CHECK(matcher.find({"class imbalance"}, "Class imbalance matters"));
}

TEST_CASE("closed-up spellings match both ways", "[text][concept]") {
    ConceptMatcher matcher;
    CHECK(matcher.find({"real time"}, "a realtime scorer"));
    CHECK(matcher.find({"real time"}, "a real-time scorer"));
    CHECK(matcher.find({"dataset"}, "a labelled data set"));
    CHECK(matcher.find({"dataset"}, "two data sets"));
    CHECK_FALSE(matcher.find({"dataset"}, "data. Set"));
    // A verb and its particle, inflected: "falls back" for "fallback".
    CHECK(matcher.find({"fallback"}, "The model falls back to the rule on timeout."));
    CHECK(matcher.find({"rollback"}, "It rolls back within a minute."));
    CHECK_FALSE(matcher.find({"fallback"}, "Sales fall. Back to the plan."));
}

TEST_CASE("everyday wordings of deployment practice match each other", "[text][concept]") {
    ConceptMatcher matcher;
    CHECK(matcher.find({"staged rollout"}, "Ramp 5% -> 50% -> 100% over two weeks."));
    CHECK(matcher.find({"ramp up"}, "A phased rollout by market."));
    CHECK(matcher.find({"shadow mode"}, "Shadow for three weeks: the model proposes, people decide."));
    CHECK(matcher.find({"fallback"}, "Keep the existing rules as a backup."));
    CHECK(matcher.find({"monitoring dashboard"}, "Host-exposure dashboards per segment."));
    // Wordings that also mean something else are left out.
    CHECK_FALSE(matcher.find({"fallback"}, "We back up the database nightly."));
    CHECK_FALSE(matcher.find({"shadow mode"}, "Blur faces even in shadow."));
}

TEST_CASE("a verb or label that leads a list applies to every item", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions stated;
    stated.affirmedOnly = true;
    stated.statementsOnly = true;
    CHECK(matcher.find({"monitor latency"}, "Monitor index lag, QPS and latency.", stated));
    CHECK(matcher.find({"monitor ttft"}, "Monitoring: TTFT, tokens per second, queue depth, refusal rate.", stated));
    CHECK(matcher.find({"alert on refusal rate"}, "Alerts: TTFT, refusal rate, jailbreak reports.", stated));
    // After its subject, and in other words for the same act.
    CHECK(matcher.find({"monitor index lag"}, "I would monitor score distributions, confirm rate and index lag.", stated));
    CHECK(matcher.find({"monitor confirm rate"}, "We'd watch repost rate, refund cost and confirm rate.", stated));
    CHECK_FALSE(matcher.find({"precision"}, "Match exact files, which is simple and precise."));
    // Past six items a lead verb no longer makes a plan of a dump of terms.
    CHECK_FALSE(matcher.find({"log loss"},
                             "We'd track AUC, log loss, NE, calibration, CTR, RPM, ROI and engagement.", stated));
    CHECK(matcher.find({"log loss"}, "We'd track AUC, log loss and calibration per slice.", stated));
    // The lead must open the sentence: here "monitor" governs only "costs".
    CHECK_FALSE(matcher.find({"monitor latency"}, "We cut latency with caching and monitor costs.", stated));
    // A list under any other label is still a bare list of terms.
    CHECK_FALSE(matcher.find({"ttft"}, "Buzzwords: TTFT, queue depth, refusal rate.", stated));
}

TEST_CASE("a phrase that spans two items of a bare list is two terms, unless the phrase is itself a list", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions stated;
    stated.affirmedOnly = true;
    stated.statementsOnly = true;
    const std::string buzz = "We need a framework covering precision, recall, F1, AUC, fairness and robustness.";
    CHECK_FALSE(matcher.find({"precision recall"}, buzz, stated));
    CHECK(matcher.find({"precision recall"}, "We plot the precision-recall curve per week.", stated));
    // A phrase written as a list matches the list it names.
    CHECK(matcher.find({"health, religion"}, "A filter strips anything about health, religion, sexuality or politics.", stated));
}

TEST_CASE("a sentence with a long item holding a figure is prose, not a list of terms", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions stated;
    stated.affirmedOnly = true;
    stated.statementsOnly = true;
    CHECK(matcher.find({"automatic rollback"},
                       "After a pass, a canary on 5% of traffic with live monitors on parse failures, with automatic rollback.",
                       stated));
    CHECK_FALSE(matcher.find({"automatic rollback"}, "Canary, shadow mode, automatic rollback, dashboards.", stated));
    // A sequence is a plan, however short its steps.
    CHECK(matcher.find({"shadow mode"}, "Shadow mode, then a canary, then everyone.", stated));
}

TEST_CASE("a term that the items after 'i.e.' or 'such as' spell out is stated, not a bare item", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions stated;
    stated.affirmedOnly = true;
    stated.statementsOnly = true;
    CHECK(matcher.find({"meaningful social interactions"},
                       "Objective: meaningful social interactions, i.e. comments, replies and reshares.", stated));
    CHECK(matcher.find({"velocity features"}, "Velocity features, such as counts per card, per device and per email.",
                       stated));
    // The items themselves stay items of a list.
    CHECK_FALSE(matcher.find({"replies"}, "Objective: meaningful social interactions, i.e. comments, replies and reshares.",
                             stated));
}

TEST_CASE("units match as notes abbreviate them", "[text][concept]") {
    ConceptMatcher matcher;
    CHECK(matcher.find({"10 minutes"}, "News uploads are searchable within 10 min."));
    CHECK(matcher.find({"within minutes"}, "Takedowns land within mins, not hours."));
    CHECK(matcher.find({"6 hours"}, "Today the index rebuilds in a 6-hr batch."));
    CHECK(matcher.find({"100 ms"}, "Answer within 100 milliseconds at p90."));
    CHECK(matcher.find({"200 milliseconds"}, "The budget is 200 ms."));
    // The short form stands for the unit only, not for "minimum".
    CHECK_FALSE(matcher.find({"10 minutes"}, "Hire a minimum of 10 reviewers."));
}

TEST_CASE("the earliest match wins, then the first listed phrase", "[text][concept]") {
    ConceptMatcher matcher;
    auto match = matcher.find({"recall", "precision"}, "precision then recall");
    REQUIRE(match);
    CHECK(match->phrase == "precision");
}

TEST_CASE("skipNegated ignores sentences that reject the concept", "[text][concept]") {
    ConceptMatcher matcher;
    const Concept accuracy = {"accuracy"};
    MatchOptions skip;
    skip.skipNegated = true;
    CHECK_FALSE(matcher.find(accuracy, "Use PR-AUC, not accuracy.", skip));
    CHECK_FALSE(matcher.find(accuracy, "Accuracy is misleading at 0.1% spam.", skip));
    CHECK(matcher.find(accuracy, "Use PR-AUC, not accuracy.", {}));
    auto match = matcher.find(accuracy, "Never accuracy. We report accuracy weekly.", skip);
    REQUIRE(match);
    CHECK(match->sentence == "We report accuracy weekly.");
}

TEST_CASE("a phrase linked by of keeps its link in that order", "[text][concept]") {
    ConceptMatcher matcher;
    // "times a day" is a frequency, not the time-of-day feature.
    CHECK_FALSE(matcher.find({"time of day"}, "The embedding index is refreshed several times a day."));
    CHECK(matcher.find({"time of day"}, "Context features include the time of day."));
    CHECK(matcher.find({"time of day"}, "Use a time-of-day feature."));
    // The other order needs no link: "fraud rate" is the rate of fraud.
    CHECK(matcher.find({"rate of fraud"}, "The fraud rate is 0.1% by count."));
}

TEST_CASE("an aside between a subject and its verdict judges nothing", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"label delay"}, "Worrying about label delay for aged accounts is, I think, overthinking.", affirmed));
    CHECK_FALSE(matcher.find({"prompt injection"}, "Prompt injection via hidden wiki text is, frankly, a red-team curiosity.", affirmed));
    CHECK_FALSE(matcher.find({"graph features"},
                             "Graph features over shared devices, phones and payment methods are, in my experience, more "
                             "trouble than they are worth.", affirmed));
    // An aside before a plan keeps it.
    CHECK(matcher.find({"prompt injection"}, "Prompt injection is, in my experience, the main risk, so we scan every document.", affirmed));
}

TEST_CASE("dismissals in the twenty-fourth answer writer's words", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"shadow mode"}, "Shadow mode merely postpones the learning.", affirmed));
    CHECK_FALSE(matcher.find({"per application policies"}, "Per-application policies strike me as a governance burden.", affirmed));
    CHECK_FALSE(matcher.find({"on device inference"}, "On-device inference is tempting, but the small models are weak.", affirmed));
    CHECK_FALSE(matcher.find({"distillation"}, "Distillation and 4-bit quantisation lose quality.", affirmed));
    CHECK_FALSE(matcher.find({"cubemap"}, "Reprojecting to cubemap faces is a nicety.", affirmed));
    CHECK_FALSE(matcher.find({"per country thresholds"}, "Per-country thresholds would multiply configurations.", affirmed));
    CHECK_FALSE(matcher.find({"time to publish"}, "The time-to-publish figure is an operational matter.", affirmed));
    CHECK_FALSE(matcher.find({"fresh index"}, "A separate fresh index for news is duplication.", affirmed));
    // Kept: the same words in a plan.
    CHECK(matcher.find({"shadow mode"}, "Shadow mode for two weeks before the model acts.", affirmed));
    CHECK(matcher.find({"distillation"}, "Distillation into a 300M model keeps quality within 1%.", affirmed));
}

TEST_CASE("sarcasm in the twenty-third answer writer's words rejects", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"attribution window"}, "Folks keep pitching streaming label joins with attribution windows.", affirmed));
    CHECK_FALSE(matcher.find({"p90 promise"}, "And people talk about making it a p90 promise.", affirmed));
    CHECK_FALSE(matcher.find({"log loss"}, "Log loss and normalized entropy are for people who enjoy arguing in slide decks.", affirmed));
    CHECK_FALSE(matcher.find({"cross encoder"}, "Precomputing cross-encoder scores is the sort of side project that never ends.", affirmed));
    CHECK_FALSE(matcher.find({"ndcg"}, "Offline NDCG on graded data doesn't predict revenue.", affirmed));
    CHECK_FALSE(matcher.find({"staged ramps"}, "Shadow scoring and staged ramps are for teams with more headcount than us.", affirmed));
    CHECK_FALSE(matcher.find({"relevance floor"}, "A separate relevance floor would just fight the sales signal.", affirmed));
    // Kept: the crowd's idea taken up, and plain plans.
    CHECK(matcher.find({"attribution window"}, "Labels join clicks within a 1-day attribution window.", affirmed));
    CHECK(matcher.find({"ndcg"}, "Offline NDCG@10 on graded data decides which model goes to the A/B test.", affirmed));
}

TEST_CASE("a verdict after a colon judges the whole list before it", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    const std::string premature = "Query rewriting for follow-ups, a glossary for acronyms, ownership tables: all premature.";
    CHECK_FALSE(matcher.find({"query rewriting"}, premature, affirmed));
    CHECK_FALSE(matcher.find({"glossary"}, premature, affirmed));
    CHECK_FALSE(matcher.find({"ocr"}, "OCR for scanned PDFs and quoted replies: nice polish, not worth the engineering.", affirmed));
    // A plan after the colon keeps the list.
    CHECK(matcher.find({"query rewriting"}, "Query rewriting, a glossary: we add both for follow-ups.", affirmed));
}

TEST_CASE("a negated limit bounds the idea and does not reject it", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK(matcher.find({"cache suggestions"}, "We never cache suggestions longer than five minutes.", affirmed));
    CHECK(matcher.find({"raw text"}, "Raw text is never stored for more than 30 days.", affirmed));
    CHECK(matcher.find({"retrain"}, "Never retrain more often than weekly.", affirmed));
    // Without a limit the negation still rejects.
    CHECK_FALSE(matcher.find({"cache suggestions"}, "We never cache suggestions.", affirmed));
    CHECK_FALSE(matcher.find({"retrain"}, "We don't retrain more often.", affirmed));
}

TEST_CASE("a spam trap is a mail source, a trap is a pitfall", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions skip;
    skip.skipNegated = true;
    CHECK(matcher.find({"instant labels"}, "Spam trap hits give instant labels.", skip));
    CHECK(matcher.find({"instant labels"}, "Trap addresses give instant labels.", skip));
    CHECK_FALSE(matcher.find({"accuracy"}, "Accuracy is a trap at 0.1% spam.", skip));
}

TEST_CASE("words like no and only stay part of a phrase", "[text][concept]") {
    ConceptMatcher matcher;
    // A pitfall sign "no human review" is the opposite of "human review".
    CHECK_FALSE(matcher.find({"no human review"}, "Harmful content detection and human review."));
    CHECK(matcher.find({"no human review"}, "Fully automated, with no human review."));
    CHECK_FALSE(matcher.find({"only the video id"}, "Watch history: the last 100 video ids and watch fraction."));
    CHECK(matcher.find({"only the video id"}, "Items are represented by only the video id."));
    CHECK_FALSE(matcher.find({"only pick rate"}, "A/B test: keystrokes per search, successful searches, pick rate."));
    CHECK(matcher.find({"only pick rate"}, "We track the pick rate only."));
}

TEST_CASE("rejection reads the scope of its cue, not a word list", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    // Nouns, not verbs: "skip rate" and "drop in usage" reject nothing.
    CHECK(matcher.find({"failed searches"}, "Skip rate, failed searches and reformulations.", affirmed));
    CHECK(matcher.find({"weekly usage"}, "A drop in weekly usage comes first.", affirmed));
    CHECK_FALSE(matcher.find({"weekly usage"}, "Skip weekly usage, it is noisy.", affirmed));
    // Remedies the candidate applies are affirmed.
    CHECK(matcher.find({"sold out events"}, "Remove sold-out events from the index.", affirmed));
    // A negation inside the phrase is the phrase's own word.
    CHECK(matcher.find({"couldn't find"}, "Say it couldn't find the answer rather than guess.", affirmed));
    // Someone else's problem, with a pronoun in between.
    CHECK_FALSE(matcher.find({"advertiser roi"}, "Advertiser ROI aren't our problem here.", affirmed));
    // "not just X" rejects "just X".
    CHECK_FALSE(matcher.find({"just a click"}, "A positive is a long watch, not just a click.", affirmed));
    CHECK(matcher.find({"just a click"}, "For now a positive is just a click.", affirmed));
}

TEST_CASE("a rejection stated as an opinion still rejects", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    const Concept leakTests = {"leak tests"};
    CHECK(matcher.find(leakTests, "We run permission leak tests before every release.", affirmed));
    CHECK_FALSE(matcher.find(leakTests, "We don't need dedicated leak tests.", affirmed));
    CHECK_FALSE(matcher.find(leakTests, "I don't think we need dedicated leak tests, the ACL filter is enough.", affirmed));
    CHECK_FALSE(matcher.find({"calibration"}, "I don't believe calibration matters for a ranking.", affirmed));
    // The opinion reaches its own clause only.
    CHECK(matcher.find(leakTests, "I don't think the filter is enough, so we add leak tests.", affirmed));
}

TEST_CASE("dismissals in everyday wording reject the idea they name", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    const Concept photos = {"photos"};
    CHECK(matcher.find(photos, "We compare the photos with perceptual hashes.", affirmed));
    CHECK_FALSE(matcher.find(photos, "Image models are expensive and I'd leave photos out of the first version.", affirmed));
    CHECK_FALSE(matcher.find({"availability service"},
                             "Calling the availability service would only add latency, so I'd leave that out.", affirmed));
    // "it" is what the clause before named.
    CHECK_FALSE(matcher.find({"selection bias"},
                             "People talk about selection bias, but I don't think it matters much here.", affirmed));
    CHECK_FALSE(matcher.find({"session co-views"}, "Session co-views are a nice idea but the logs are messy.", affirmed));
    CHECK_FALSE(matcher.find({"recall sample"}, "A weekly recall sample wastes reviewer time.", affirmed));
    CHECK_FALSE(matcher.find({"learning to rank"}, "Learning to rank is more machinery than this needs.", affirmed));
    CHECK_FALSE(matcher.find({"intent router"}, "An intent router just adds brittle plumbing.", affirmed));
    CHECK_FALSE(matcher.find({"cost per resolution"}, "Cost per resolution is finance's question.", affirmed));
    // A plan that adds something is no dismissal.
    CHECK(matcher.find({"re-ranker"}, "We only add a re-ranker if the latency budget allows.", affirmed));
    // Belittled, deferred or handed to another team.
    CHECK_FALSE(matcher.find({"eight runs"}, "Running each case eight times to check consistency is excessive.", affirmed));
    CHECK_FALSE(matcher.find({"kill switch"}, "A per-intent kill switch can come later if finance asks.", affirmed));
    CHECK_FALSE(matcher.find({"image embeddings"}, "Image embeddings are heavy machinery for this.", affirmed));
    CHECK_FALSE(matcher.find({"nearest neighbour"}, "Nearest neighbour retrieval is an over-engineered solution.", affirmed));
    CHECK_FALSE(matcher.find({"device fingerprint"}, "Device fingerprints are more of a fraud team concern.", affirmed));
    CHECK_FALSE(matcher.find({"fake account scores"}, "Fake account scores belong to the trust team.", affirmed));
    CHECK_FALSE(matcher.find({"test sets"}, "I'd refresh the test sets when someone has time.", affirmed));
    CHECK_FALSE(matcher.find({"fp8"}, "FP8 quantisation risks quality, so serve in BF16.", affirmed));
    CHECK_FALSE(matcher.find({"pin versions"}, "Pinning versions just creates maintenance work.", affirmed));
    CHECK_FALSE(matcher.find({"demonstrations"}, "New demonstrations sound nice, but that's a lot of effort.", affirmed));
    // An idea put in others' mouths is not the writer's, until the writer speaks again.
    CHECK_FALSE(matcher.find({"past contacts"}, "Some would add the customer's past contacts to the context.", affirmed));
    CHECK_FALSE(matcher.find({"transcripts"}, "People will suggest cleaning the transcripts, but I'd use them as they are.", affirmed));
    CHECK(matcher.find({"hard negatives"}, "Some would sample random pairs, but we mine hard negatives.", affirmed));
    // What a risk is claimed of is the other option, not the plan.
    CHECK(matcher.find({"shadow mode"}, "Shadow mode first, since a direct launch risks false blocks.", affirmed));
    CHECK_FALSE(matcher.find({"direct launch"}, "Shadow mode first, since a direct launch risks false blocks.", affirmed));
}

TEST_CASE("an idea granted its reputation and then turned on is rejected", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"two stage retrieval"}, "Two-stage retrieval gets a lot of hype, but one model is simpler.", affirmed));
    CHECK_FALSE(matcher.find({"calibrated probabilities"}, "Calibrated probabilities are popular in papers, yet raw scores work for us.", affirmed));
    CHECK_FALSE(matcher.find({"counterfactual evaluation"}, "Counterfactual evaluation sounds elegant, but it needs propensities we never logged.", affirmed));
    // Kept after the turn, it stands.
    CHECK(matcher.find({"holdout group"}, "A holdout group sounds fancy, but it is still necessary for long-term effects.", affirmed));
    // Only the clause the reputation belongs to.
    CHECK(matcher.find({"leakage"}, "Watch for leakage: the cancel-flow signal sounds clever, but it arrives after the decision.", affirmed));
    CHECK_FALSE(matcher.find({"cancel flow signal"}, "Watch for leakage: the cancel-flow signal sounds clever, but it arrives after the decision.", affirmed));
    // The same turn without a reputation is a plan with a caveat.
    CHECK(matcher.find({"cross encoder"}, "A cross-encoder re-ranks the top 50, but only for logged-in users.", affirmed));
    // What everyone says, or what people like to do, is not the writer's.
    CHECK_FALSE(matcher.find({"cross encoder"}, "Everyone says the ranker needs a cross-encoder, but BM25 is fine.", affirmed));
    CHECK_FALSE(matcher.find({"re ranker"}, "People like to bolt on a re-ranker, but the first stage is where the gain is.", affirmed));
}

TEST_CASE("an idea called the textbook answer, or left to what others mention, is not the writer's", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"learning to rank"}, "Learning to rank is the textbook answer, but a popularity sort ships faster.", affirmed));
    CHECK_FALSE(matcher.find({"negative sampling"}, "Hard negative sampling is the standard advice, but random negatives are fine.", affirmed));
    CHECK_FALSE(matcher.find({"canary"}, "A canary and a holdout would be nice, but one launch day is simpler.", affirmed));
    // A list named before a colon is what the reputation is about.
    CHECK_FALSE(matcher.find({"dedupe"}, "Dedupe, language ID and boilerplate stripping: all fine in theory, but raw text works.", affirmed));
    // A long list is rejected whole, not only its last words.
    CHECK_FALSE(matcher.find({"geo features"}, "Geo features, device age, session depth, referrer type, hour of day, weekday and the basket size all sound clever, but clicks are enough.", affirmed));
    // Without a turn, only a reputation that disowns the idea, and only if the writer does not take it up.
    CHECK_FALSE(matcher.find({"stratified audit"}, "A stratified audit often gets mentioned as the yardstick.", affirmed));
    CHECK(matcher.find({"stratified audit"}, "A stratified audit gets mentioned a lot, and I'd run one monthly.", affirmed));
    CHECK(matcher.find({"gradient boosted trees"}, "Gradient-boosted trees are the standard choice for tabular data, so I start there.", affirmed));
    CHECK(matcher.find({"feature store"}, "The feature store mentioned above keeps one-minute counters.", affirmed));
}

TEST_CASE("ideas called fiddly, bookkeeping or implementation details are rejected", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"device attestation"}, "Device attestation: too fiddly.", affirmed));
    CHECK_FALSE(matcher.find({"per region"}, "Reporting recall per region is a lot of bookkeeping.", affirmed));
    CHECK_FALSE(matcher.find({"quantisation"}, "Quantisation is an implementation detail.", affirmed));
    CHECK_FALSE(matcher.find({"calibration"}, "Calibration by segment is more analysis than we need.", affirmed));
    CHECK_FALSE(matcher.find({"regex detectors"}, "Regex detectors are too narrow.", affirmed));
}

TEST_CASE("ideas called a luxury, a rabbit hole or too slow to be useful are rejected", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"label smoothing"}, "Label smoothing is a luxury at this scale.", affirmed));
    CHECK_FALSE(matcher.find({"graph features"}, "Graph features are a rabbit hole.", affirmed));
    CHECK_FALSE(matcher.find({"dwell time"}, "Dwell time is a fuzzy target.", affirmed));
    CHECK_FALSE(matcher.find({"survey scores"}, "Survey scores are soft numbers.", affirmed));
    CHECK_FALSE(matcher.find({"long term holdout"}, "A long-term holdout takes too long to be useful.", affirmed));
    CHECK_FALSE(matcher.find({"calibration"}, "Calibration only matters if we blend scores.", affirmed));
    CHECK_FALSE(matcher.find({"canary"}, "Canary stages mostly add delay.", affirmed));
    CHECK_FALSE(matcher.find({"shadow mode"}, "Shadow mode just delays the launch.", affirmed));
    // A plan that names a delay is still a plan.
    CHECK(matcher.find({"shadow mode"}, "Shadow mode for two weeks delays the launch, which is fine.", affirmed));
}

TEST_CASE("'no need to repeat it', 'little point' and 'drop them' reach back to what was named", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"domain reputation"}, "Domain reputation is computed at the gateway, so no need to redo it here.", affirmed));
    CHECK_FALSE(matcher.find({"image features"}, "Image features cost GPU time, so there's little point adding them.", affirmed));
    CHECK_FALSE(matcher.find({"freshness boost"}, "A freshness boost fights the relevance score, so I'd drop it.", affirmed));
    CHECK_FALSE(matcher.find({"holdout"}, "A permanent holdout costs revenue, which I can't justify.", affirmed));
    // A problem dropped is a problem handled.
    CHECK(matcher.find({"bot traffic"}, "Bot traffic inflates the counts, so we drop it before training.", affirmed));
    // "that" before a noun is not a pointer back.
    CHECK(matcher.find({"nightly rebuild"}, "A nightly rebuild is enough, so no need to build that streaming path.", affirmed));
}


TEST_CASE("avoiding a problem the phrase qualifies handles it, avoiding the idea rejects it", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    // The seam is what the misses are about: avoiding them is the design.
    CHECK(matcher.find({"seam"}, "Tiles overlap by more than the largest object to avoid seam misses.", affirmed));
    CHECK(matcher.find({"tile edge"}, "Merge boxes across tiles to prevent tile edge errors.", affirmed));
    // Avoiding the idea itself still rejects it, as does any other negation.
    CHECK_FALSE(matcher.find({"seam"}, "I would avoid seam handling entirely.", affirmed));
    CHECK_FALSE(matcher.find({"cost of a miss"}, "I wouldn't get into the cost of a missed fraud.", affirmed));
}

TEST_CASE("a negation between the words of a phrase matched in any order rejects it", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    // "shadow launch" matches "launch ... shadow" in any order; the "no" between is not the phrase's own.
    CHECK_FALSE(matcher.find({"shadow launch"}, "We launch with no shadow mode.", affirmed));
    CHECK_FALSE(matcher.find({"shadow deployment"}, "We deploy without shadow traffic.", affirmed));
    CHECK(matcher.find({"shadow launch"}, "We launch in shadow for two weeks.", affirmed));
    // A negation that is one of the phrase's words still belongs to it.
    CHECK(matcher.find({"no repeat contact"}, "Success means no repeat contact within 7 days.", affirmed));
    CHECK(matcher.find({"without acting"}, "The model scores every payment without acting on it.", affirmed));
    // "with no" describes the noun before it; the plan after "and" stands.
    CHECK(matcher.find({"reweight"}, "We downsample the views with no action and reweight afterwards.", affirmed));
    CHECK_FALSE(matcher.find({"shadow mode"}, "We ship with no shadow mode and no canary.", affirmed));
    // "over the top" dismisses only at the end of its clause.
    CHECK(matcher.find({"prefix trie"}, "A prefix trie per locale over the top queries, built daily.", affirmed));
    CHECK_FALSE(matcher.find({"prefix trie"}, "A prefix trie per locale is over the top.", affirmed));
}

TEST_CASE("what caused a problem, or only checks sanity, is not what the design chooses", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions sign;  // as pitfall signs are read
    sign.affirmedOnly = true;
    sign.problemsNegatedToo = true;
    CHECK(matcher.find({"fixed batches"}, "We serve with fixed batches of 32.", sign));
    CHECK_FALSE(matcher.find({"fixed batches"},
                             "Continuous batching with chunked prefill (fixed batches caused the 4 s first token).", sign));
    CHECK(matcher.find({"perplexity"}, "We pick the checkpoint with the lowest perplexity.", sign));
    CHECK_FALSE(matcher.find({"perplexity"}, "Characters saved per language, with perplexity as a sanity check.", sign));
}

TEST_CASE("a problem the design avoids counts and the remedy in the main clause is affirmed", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    const std::string sentence = "To avoid reward hacking we keep a KL penalty against the SFT policy.";
    // Preventing a problem is handling it: "reward hacking" names one.
    CHECK(matcher.find({"reward hacking"}, sentence, affirmed));
    CHECK(matcher.find({"prompt injection"}, "Prevent prompt injection with a separate instruction channel.", affirmed));
    // "avoid" reaches only its own clause: the remedy after "we" is what the design does.
    CHECK(matcher.find({"kl penalty"}, sentence, affirmed));
    // Without a new subject the remedy stays inside the scope of "avoid".
    CHECK_FALSE(matcher.find({"kl penalty"}, "Avoid a KL penalty, it slows training.", affirmed));
}

TEST_CASE("claimsOnly ignores headings and questions", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions claims;
    claims.claimsOnly = true;
    CHECK_FALSE(matcher.find({"accuracy"}, "Accuracy or PR-AUC, which one matters to you?", claims));
    CHECK_FALSE(matcher.find({"accuracy"}, "## Accuracy\nWe report PR-AUC.", claims));
    CHECK(matcher.find({"accuracy"}, "Our headline metric is accuracy.", claims));
}

TEST_CASE("empty concepts and empty texts never match", "[text][concept]") {
    ConceptMatcher matcher;
    CHECK_FALSE(matcher.find({}, "anything"));
    CHECK_FALSE(matcher.find({"", "--"}, "anything -- here"));
    CHECK_FALSE(matcher.find({"spam"}, ""));
}
