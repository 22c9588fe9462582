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

TEST_CASE("a seventh writer's dismissals: old-school, a lot of machinery, no value in, matters to finance", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"tie strength"}, "Tie strength between viewer and author is an old-school idea.", affirmed));
    CHECK_FALSE(matcher.find({"multi task"}, "A multi-task model with four heads is a lot of machinery for a feed.", affirmed));
    CHECK_FALSE(matcher.find({"velocity"}, "Velocity over several windows is a lot of streaming plumbing for small gains.", affirmed));
    CHECK_FALSE(matcher.find({"prevalence"},
                             "I don't see much value in splitting this by the twelve policies or worrying about per-policy prevalence.",
                             affirmed));
    CHECK_FALSE(matcher.find({"false declines"}, "Missed fraud versus false declines matter to finance, but not to the model.", affirmed));
    CHECK_FALSE(matcher.find({"latency budget"}, "The latency budget is something infra can tune later.", affirmed));
    CHECK_FALSE(matcher.find({"calibration"}, "Calibration isn't something I'd lose sleep over.", affirmed));
    CHECK_FALSE(matcher.find({"out of time"}, "An out-of-time test set shrinks the data for no reason.", affirmed));
    CHECK_FALSE(matcher.find({"fraud dollars"}, "Fraud dollars at a fixed decline rate is an odd metric.", affirmed));
    CHECK_FALSE(matcher.find({"long term holdout"}, "A two-week A/B test and a long-term holdout are luxuries.", affirmed));
    CHECK_FALSE(matcher.find({"separate labels"}, "Separate labels for hides happen so rarely (1 in 20,000) that they're basically noise.", affirmed));
    // The same words in a plan keep the idea.
    CHECK(matcher.find({"tie strength"}, "Tie strength between viewer and author is the strongest feature.", affirmed));
    CHECK(matcher.find({"velocity"}, "Velocity counters per card over 1 h and 24 h windows.", affirmed));
    CHECK(matcher.find({"fraud dollars"}, "Fraud dollars caught at a fixed 2% decline rate is the headline metric.", affirmed));
}

TEST_CASE("the eighth and ninth writers' dismissals: tinkering, ceremony, a science project, leave it out, replace it", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"downsampling"}, "Downsampling the no-action views strikes me as tinkering.", affirmed));
    CHECK_FALSE(matcher.find({"staged rollout"}, "A staged rollout is mostly ceremony for a change this small.", affirmed));
    CHECK_FALSE(matcher.find({"embedding retrieval"}, "Embedding retrieval over billions of posts is an expensive science project.", affirmed));
    CHECK_FALSE(matcher.find({"friendly fraud"}, "Separating friendly fraud is hair-splitting.", affirmed));
    CHECK_FALSE(matcher.find({"position bias"}, "Position-bias correction is something academics worry about.", affirmed));
    CHECK_FALSE(matcher.find({"recipient relationship"}, "Recipient relationship signals I'd leave out too.", affirmed));
    CHECK_FALSE(matcher.find({"logistic regression"}, "I'd replace the logistic regression with one large transformer.", affirmed));
    CHECK_FALSE(matcher.find({"streaming"}, "I'd turn streaming off and check the whole response.", affirmed));
    CHECK_FALSE(matcher.find({"latency"}, "Latency I'm not too worried about either.", affirmed));
    CHECK_FALSE(matcher.find({"per application policies"}, "Per-application policies sound flexible, but they're a governance nightmare.", affirmed));
    CHECK_FALSE(matcher.find({"latency budget"}, "Latency budgets are the app teams' problem.", affirmed));
    CHECK_FALSE(matcher.find({"calibration"}, "Calibration is something we could look at one day, but it won't change the decision.", affirmed));
    CHECK_FALSE(matcher.find({"two stage"}, "A two-stage cascade adds routing complexity I'd rather avoid.", affirmed));
    CHECK_FALSE(matcher.find({"label delay"},
                             "Worrying about label delay for farmed accounts that sit quietly for 30 to 90 days is overthinking it.",
                             affirmed));
    // Plans that use the same words keep their ideas.
    CHECK(matcher.find({"speculative decoding"}, "The 8B model drafts for speculative decoding.", affirmed));
    CHECK(matcher.find({"warm start"}, "Warm-start from yesterday's weights every hour.", affirmed));
    CHECK(matcher.find({"block"}, "We will block the payment when the score passes 0.9.", affirmed));
    CHECK(matcher.find({"replace"}, "Replace the old detector in three weeks.", affirmed));
}

TEST_CASE("'some things like X' gives examples, while 'people like to X' puts X in others' mouths", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK(matcher.find({"child abuse material"},
                       "Some things like child abuse material go to a specialist team with its own queue.", affirmed));
    CHECK(matcher.find({"account age"}, "Some user features, like account age and past strikes, feed the model.", affirmed));
    CHECK_FALSE(matcher.find({"graph features"}, "People like to add graph features, but the gain is small.", affirmed));
}

TEST_CASE("a harm claimed for an idea rejects it, and a pronoun after 'so' reaches the sentence's subject", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"diversity"}, "Diversity re-ranking mostly lowers click-through.", affirmed));
    CHECK_FALSE(matcher.find({"amount weighting"}, "Amount-weighting the loss would distort the model.", affirmed));
    CHECK_FALSE(matcher.find({"3 d secure"}, "3-D Secure challenges annoy shoppers, so I'd only approve or decline.", affirmed));
    CHECK_FALSE(matcher.find({"gradual ramp"}, "Gradual ramps slow the team down, so I'd launch to everyone.", affirmed));
    CHECK_FALSE(matcher.find({"distinct users"}, "Requiring many distinct users per query throws away the long tail.", affirmed));
    CHECK_FALSE(matcher.find({"spf"}, "SPF, DKIM and DMARC are handled upstream, so the model doesn't need them.", affirmed));
    CHECK_FALSE(matcher.find({"satisfaction survey"},
                             "The satisfaction survey reaches a tiny slice of sessions, a third of which answer, so I'd ignore it.",
                             affirmed));
    CHECK_FALSE(matcher.find({"overturn rate"}, "Appeal overturn rates mostly measure persistence, so I wouldn't track them.", affirmed));
    // A subject longer than a dismissal's usual reach is still what "them" stands for.
    CHECK_FALSE(matcher.find({"author history"},
                             "Author history and virality signals feel like they would bias the model against certain "
                             "users, so I'd leave them out.",
                             affirmed));
    // A remedy that lowers a harm, and a plan that keeps what it names.
    CHECK(matcher.find({"diversity"}, "A diversity re-rank caps each author at two posts in the top 20.", affirmed));
    CHECK(matcher.find({"spf"}, "SPF, DKIM and DMARC results are features, so the model can learn from them.", affirmed));
}

TEST_CASE("a list that is the subject of a dismissal is rejected whole, from its first item", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"multi task"},
                             "A multi-task network with heads for comments, shares and hides is more machinery than we need.",
                             affirmed));
    CHECK_FALSE(matcher.find({"navigational"},
                             "A query is a query, and splitting into navigational, news and moment intents multiplies the work.",
                             affirmed));
    // An aside between the subject and its verb.
    CHECK_FALSE(matcher.find({"signage classifier"},
                             "A signage classifier for shop fronts, to stop it blurring names, is overkill.", affirmed));
    // A clause of its own after the comma keeps what came before it.
    CHECK(matcher.find({"pr auc"}, "We report PR-AUC, and calibration plots are overkill.", affirmed));
    CHECK(matcher.find({"pr auc"}, "We report PR-AUC, calibration is overkill.", affirmed));
}

TEST_CASE("more ways to dismiss an idea: over-engineering, a later phase, too cautious, a relic", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"second reviewer"}, "A second reviewer per item strikes me as over-engineering.", affirmed));
    CHECK_FALSE(matcher.find({"red team"}, "Red-teaming feels like a later phase.", affirmed));
    CHECK_FALSE(matcher.find({"shadow mode"}, "Two weeks of shadow mode is too cautious.", affirmed));
    CHECK_FALSE(matcher.find({"bm25"}, "Keyword retrieval with BM25 is a relic.", affirmed));
    CHECK_FALSE(matcher.find({"graph neural network"}, "Graph neural networks are research toys at this size.", affirmed));
    CHECK_FALSE(matcher.find({"regional serving"}, "Regional serving adds cost, so one cluster it is.", affirmed));
    CHECK_FALSE(matcher.find({"slice metrics"}, "Slice metrics generate numbers but don't change the decision.", affirmed));
    CHECK(matcher.find({"shadow mode"}, "Two weeks of shadow mode, then a 1% canary.", affirmed));
    CHECK_FALSE(matcher.find({"per merchant thresholds"}, "Per-merchant thresholds turn into an operational mess.", affirmed));
    CHECK_FALSE(matcher.find({"a/b test"}, "An A/B test on live payments is risky, so I'd ship on offline numbers.", affirmed));
    CHECK_FALSE(matcher.find({"keystrokes saved"}, "Keystrokes saved mixes in other systems, so I wouldn't optimise for it.", affirmed));
    CHECK_FALSE(matcher.find({"language slices"}, "Language slices will just produce noise.", affirmed));
    CHECK_FALSE(matcher.find({"calibration layer"}, "A separate calibration layer is just another moving part.", affirmed));
    CHECK_FALSE(matcher.find({"attribution window"}, "Attribution windows and refund relabelling are finance concerns.", affirmed));
    CHECK_FALSE(matcher.find({"diversity"}, "Diversity and exposure floors only dilute relevance.", affirmed));
    CHECK_FALSE(matcher.find({"interleaving"}, "Interleaving is a clever trick but a plain A/B is enough.", affirmed));
}

TEST_CASE("dismissals in the thirteenth and fourteenth answer writers' words: a cost trap, a big lift, old news, soft metrics", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"ocr"}, "OCR on images is a costly extra I would defer indefinitely.", affirmed));
    CHECK_FALSE(matcher.find({"multimodal model"}, "A big multimodal model on every item is a cost trap I'd avoid completely.", affirmed));
    CHECK_FALSE(matcher.find({"appeal"}, "Appeal overturns are not really a model problem.", affirmed));
    CHECK_FALSE(matcher.find({"downsample"}, "Downsampling the negatives is the sort of trick that adds bugs.", affirmed));
    CHECK_FALSE(matcher.find({"value model"}, "A weighted value model just means arguing about weights forever.", affirmed));
    CHECK_FALSE(matcher.find({"two tower"}, "Two-tower retrieval over the whole catalogue is a big lift.", affirmed));
    CHECK_FALSE(matcher.find({"retrain daily"}, "Retraining daily sounds brave but mostly breaks things.", affirmed));
    CHECK_FALSE(matcher.find({"false positive rate"}, "A fixed false positive rate just complicates the conversation.", affirmed));
    CHECK_FALSE(matcher.find({"language slices"}, "Language slices mostly create noise.", affirmed));
    CHECK_FALSE(matcher.find({"shadow mode"}, "Shadow mode would delay the benefit by weeks.", affirmed));
    CHECK_FALSE(matcher.find({"contact exemption"}, "A contact exemption is a loophole.", affirmed));
    // The fourteenth answer writer's.
    CHECK_FALSE(matcher.find({"gradient boosted"}, "Gradient-boosted trees are old news.", affirmed));
    CHECK_FALSE(matcher.find({"out of time"}, "Out-of-time splits throw away data.", affirmed));
    CHECK_FALSE(matcher.find({"long term holdout"}, "Long-term holdouts delay launches.", affirmed));
    CHECK_FALSE(matcher.find({"staged ramp"}, "Staged ramps slow the launch.", affirmed));
    CHECK_FALSE(matcher.find({"guardrail"}, "Return-rate guardrails are soft metrics.", affirmed));
    CHECK_FALSE(matcher.find({"latency monitoring"}, "Latency monitoring is something SRE handles.", affirmed));
    CHECK_FALSE(matcher.find({"shadow traffic"}, "Shadow traffic is for cautious teams.", affirmed));
    CHECK_FALSE(matcher.find({"creator diversity"}, "Creator diversity is a nice thing to report but shouldn't block a launch.", affirmed));
    CHECK_FALSE(matcher.find({"fresh upload path"}, "A fresh-upload path sounds complicated.", affirmed));
    CHECK_FALSE(matcher.find({"language slices"}, "Language slices are too granular for a first version.", affirmed));
    CHECK_FALSE(matcher.find({"cache short prefixes"}, "Caching short prefixes adds staleness headaches.", affirmed));
    CHECK_FALSE(matcher.find({"hashed features"}, "Storing hashed features is more infrastructure than it's worth.", affirmed));
    CHECK_FALSE(matcher.find({"cascade"}, "I'm not convinced a cascade is worth the engineering.", affirmed));
    CHECK(matcher.find({"staged ramp"}, "Staged ramps over two weeks, 1% then 10% then 50%.", affirmed));
    // A spam trap is a source of labels, not a trap the design falls into.
    CHECK(matcher.find({"retrain daily"}, "The model retrains daily on trap and report labels.", affirmed));
    CHECK(matcher.find({"shadow mode"}, "Shadow mode for two weeks delays the launch, which is fine.", affirmed));
}

TEST_CASE("dismissals in the eleventh, twelfth and sixteenth answer writers' words: bureaucracy, over-thinking, hard to justify", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"skip the sky"}, "Skipping empty sky regions is a micro-optimisation.", affirmed));
    CHECK_FALSE(matcher.find({"policy config"}, "Policy config owned with Legal is bureaucracy.", affirmed));
    CHECK_FALSE(matcher.find({"by language"}, "Stratifying by language is over-thinking it.", affirmed));
    CHECK_FALSE(matcher.find({"speech recognition"}, "Running speech recognition over the whole catalogue is a huge compute bill.", affirmed));
    CHECK_FALSE(matcher.find({"differential privacy"}, "Differential privacy costs quality and I'd rather not pay for it.", affirmed));
    CHECK_FALSE(matcher.find({"shadow"}, "Launching country by country with a shadow comparison delays everything.", affirmed));
    CHECK_FALSE(matcher.find({"streamed output"}, "Checking streamed output in windows is messy.", affirmed));
    CHECK_FALSE(matcher.find({"appeal overturn"}, "Tracking appeal overturns is a lagging, noisy metric.", affirmed));
    CHECK_FALSE(matcher.find({"query intent"}, "Slicing by query intent makes a dashboard nobody reads.", affirmed));
    CHECK_FALSE(matcher.find({"publishing target"}, "The publishing target is an operations problem.", affirmed));
    // The eleventh and twelfth writers', read on their first contact.
    CHECK_FALSE(matcher.find({"paused history"}, "Users who pause history get the same list anyway, so nothing special is needed for them.", affirmed));
    CHECK_FALSE(matcher.find({"streaming trend"}, "A streaming trend detector sounds exciting, but I'd rather not chase spikes.", affirmed));
    CHECK_FALSE(matcher.find({"control group"}, "Holding out a control group is hard to justify to the business.", affirmed));
    CHECK_FALSE(matcher.find({"invalid click"}, "Invalid-click flags won't move a model this size.", affirmed));
    CHECK_FALSE(matcher.find({"contact cap"}, "Monitoring the contact cap is the CRM's problem.", affirmed));
    CHECK_FALSE(matcher.find({"qr decoding"}, "QR decoding seems like a lot of CPU for a small slice of spam.", affirmed));
    // Kept: a plan that says what it costs, and "non-negotiable".
    CHECK(matcher.find({"bm25"}, "Hybrid retrieval: BM25 is non-negotiable because a quarter of questions are exact lookups.", affirmed));
    CHECK(matcher.find({"speech recognition"}, "Speech recognition runs on every upload within an hour.", affirmed));
}

TEST_CASE("dismissals in the seventeenth and eighteenth answer writers' words: theater, a research program, a price worth paying", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"red team"}, "Red-team suites are theater.", affirmed));
    CHECK_FALSE(matcher.find({"reward model"}, "A reward model plus DPO plus RL is a research program.", affirmed));
    CHECK_FALSE(matcher.find({"repeat contact"}, "The repeat-contact rule is analytics nitpicking.", affirmed));
    CHECK_FALSE(matcher.find({"final state"}, "Checking final system state is slow to set up.", affirmed));
    CHECK_FALSE(matcher.find({"cost per conversation"}, "Cost per conversation will sort itself out.", affirmed));
    CHECK_FALSE(matcher.find({"pair scorer"}, "A GBDT pair scorer adds a training pipeline to maintain.", affirmed));
    CHECK_FALSE(matcher.find({"rebalancing"}, "Rebalancing the demos is a lot of vendor spend for a few users.", affirmed));
    CHECK_FALSE(matcher.find({"over refusal"}, "Over-refusal on harmless prompts is a price worth paying.", affirmed));
    CHECK_FALSE(matcher.find({"approval queue"}, "Approval queues for large refunds can be added later if finance complains.", affirmed));
    CHECK_FALSE(matcher.find({"automatic rollback"}, "Canary releases with automatic rollback are heavy for prompt tweaks.", affirmed));
    CHECK_FALSE(matcher.find({"graph embedding"}, "Graph embeddings would complicate a pipeline that is fine as it is.", affirmed));
    CHECK_FALSE(matcher.find({"per segment"}, "Per-segment dashboards are overhead we can add later.", affirmed));
    CHECK_FALSE(matcher.find({"90 days"}, "Interaction within 90 days is too far downstream to attribute to a suggestion.", affirmed));
    // Kept: a plan that names what it takes.
    CHECK(matcher.find({"automatic rollback"}, "Canary at 5% with automatic rollback on the guardrail metrics.", affirmed));
    CHECK(matcher.find({"reward model"}, "A reward model trained on 200k preference pairs scores the samples for DPO.", affirmed));
}

TEST_CASE("dismissals the first-contact answers showed: subjective, a lot of process, a subtle point, would make it stale", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"mismatch score"}, "A thumbnail-title mismatch score is subjective.", affirmed));
    CHECK_FALSE(matcher.find({"switch off rate"}, "Monitoring switch-off rates daily is a lot of process for a typing aid.", affirmed));
    CHECK_FALSE(matcher.find({"blind spots"}, "The detector's own blind spots are a subtle point, but more data fixes it.", affirmed));
    CHECK_FALSE(matcher.find({"watch time"}, "Waiting two hours for watch time would make the model stale.", affirmed));
    CHECK_FALSE(matcher.find({"two day wait"}, "A two-day wait for reports just makes the pipeline slower.", affirmed));
    // Kept: a subtle point the writer goes on to handle.
    CHECK(matcher.find({"declined payments"}, "One more subtle point: declined payments never get an outcome, so a small random slice goes through.", affirmed));
    // Kept: what a plan makes better, and a process that is the plan.
    CHECK(matcher.find({"watch time"}, "Joining watch time after the session closes makes the label cleaner.", affirmed));
    CHECK(matcher.find({"appeal"}, "Every appeal goes through a two-step review process within 48 hours.", affirmed));
}

TEST_CASE("dismissals in the twenty-first and twenty-second answer writers' words", "[text][concept]") {
    ConceptMatcher matcher;
    MatchOptions affirmed;
    affirmed.affirmedOnly = true;
    CHECK_FALSE(matcher.find({"daily retraining"}, "Daily retraining is mostly operational overhead.", affirmed));
    CHECK_FALSE(matcher.find({"chronological fallback"}, "A chronological fallback is unlikely to be needed.", affirmed));
    CHECK_FALSE(matcher.find({"friendly fraud"}, "Friendly fraud is a grey area I'd leave alone.", affirmed));
    CHECK_FALSE(matcher.find({"weighting by amount"}, "Weighting by amount is a hack.", affirmed));
    CHECK_FALSE(matcher.find({"cost of errors"}, "The cost of errors is a product opinion rather than something to design around.", affirmed));
    CHECK_FALSE(matcher.find({"per country thresholds"}, "Per-country thresholds are micromanagement.", affirmed));
    CHECK_FALSE(matcher.find({"quarterly audit"}, "The random quarterly audit is a compliance artifact.", affirmed));
    CHECK_FALSE(matcher.find({"per app policies"}, "Per-app policies are a trap.", affirmed));
    CHECK_FALSE(matcher.find({"characters saved"}, "The characters-saved target is leadership's number.", affirmed));
    CHECK_FALSE(matcher.find({"real time index"}, "A real-time index duplicates the main one for no real reason.", affirmed));
    CHECK_FALSE(matcher.find({"freshness target"}, "The freshness target feels like a product wish, not a hard requirement.", affirmed));
    CHECK_FALSE(matcher.find({"daily retrain"}, "A daily retrain just chases noise.", affirmed));
    // Kept: the same words describing the data, not judging an idea.
    CHECK(matcher.find({"fake account score"}, "A fake-account score, since the accounts that are fake send most spam invitations.", affirmed));
    CHECK(matcher.find({"reward hacking"}, "A KL penalty guards against reward hacking.", affirmed));
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
