// SPDX-License-Identifier: MIT
#include "requirements/whocanact.h"

namespace kombo {

Actor whoCanAct(Availability word, Availability modelWord)
{
    switch (word) {
    case Availability::Available:
        return Actor::Nobody;
    case Availability::IntegrationInvalid: // only the customer has the tool's credentials
    case Availability::OptedOut:
        return Actor::Customer;
    case Availability::IntegrationInactive:
    case Availability::DataExpired:
    case Availability::Missing:      // a mistyped ID, or a model of another category
    case Availability::Unrecognised: // a newer Kombo Coverage knows the status
    case Availability::ScopeDisabled:
        return Actor::You;
    case Availability::Unsupported:
        return Actor::Tool;
    case Availability::NotImplemented:
    case Availability::Unknown:
    case Availability::Unavailable: // the API gives no reason: Kombo knows it
        return Actor::Kombo;
    case Availability::ModelUnavailable:
        // The model's own word can't be model_unavailable; guard anyway against a loop.
        return modelWord == Availability::ModelUnavailable ? Actor::Nobody : whoCanAct(modelWord);
    }
    return Actor::Nobody;
}

QString ActorText::name(Actor actor)
{
    switch (actor) {
    case Actor::Nobody:
        return {};
    case Actor::You:
        return tr("You");
    case Actor::Customer:
        return tr("The customer");
    case Actor::Tool:
        return tr("The tool");
    case Actor::Kombo:
        return tr("Kombo");
    }
    return {};
}

QString ActorText::advice(Availability word, Availability modelWord, const QString &tool)
{
    // The advice for a field follows its model's reason, where that is what stands in the way.
    const Availability cause = word == Availability::ModelUnavailable ? modelWord : word;
    switch (cause) {
    case Availability::Available:
        return {};
    case Availability::IntegrationInvalid:
        return tr("The customer: reconnect the integration with valid credentials.");
    case Availability::IntegrationInactive:
        return tr("You: set the integration active again in Kombo's dashboard.");
    case Availability::DataExpired:
        return tr("You: reactivate the integration in Kombo's dashboard so that it syncs again.");
    case Availability::Missing:
        return tr("You: check the ID in the requirements; this integration has no such model, "
                  "action or field.");
    case Availability::Unsupported:
        return tr("The tool: only %1 can add it; ask its vendor.").arg(tool);
    case Availability::NotImplemented:
        return tr("Kombo: ask Kombo to implement it.");
    case Availability::Unknown:
        return tr("Kombo: ask Kombo whether %1 offers it.").arg(tool);
    case Availability::Unrecognised:
        return tr("You: update Kombo Coverage, which does not know this coverage status.");
    case Availability::ScopeDisabled:
        return tr("You: enable it in your scope config in Kombo's dashboard.");
    case Availability::OptedOut:
        return tr("The customer: ask them to share it in the connection flow.");
    case Availability::ModelUnavailable:
        break; // a model's word is never this one
    case Availability::Unavailable:
        return tr("Kombo: the API gives no reason; ask Kombo's support.");
    }
    return tr("Its model or action must be available first.");
}

} // namespace kombo
