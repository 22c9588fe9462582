// Dismissals in the words the blind answer writers used, one test case per
// round of writers: each wording a rejecting answer used to slip past the
// scorer, and the plan in the same words that must still count.
#include "core/text/concept_matcher.hpp"

#include <catch2/catch.hpp>

using namespace rehearse;

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
