// SPDX-License-Identifier: MIT
#pragma once

#include "coverage/availability.h"

#include <cstdint>
#include <QCoreApplication>
#include <QString>

namespace kombo {

// Who can make an unmet requirement available (SPEC §8): "your scope config in Kombo's
// dashboard, the customer's opt-out, the tool, or Kombo".
enum class Actor : std::uint8_t
{
    Nobody,   // it is available: there is nothing to do
    You,      // Kombo's customer, in Kombo's dashboard or in the requirements themselves
    Customer, // the end user who connected the integration
    Tool,     // the HR or ATS system behind the integration
    Kombo,
};

// Who can act on a target whose SPEC §8 word is `word`. A field whose word is
// model_unavailable is in the hands of whoever can make its model available: `modelWord` is
// then the model's (or action's) own word; it is not read otherwise.
Actor whoCanAct(Availability word, Availability modelWord = Availability::Available);

// The words the window uses for who can act and what they can do.
class ActorText
{
    Q_DECLARE_TR_FUNCTIONS(ActorText)

public:
    // "You", "The customer", "The tool", "Kombo"; empty for Nobody.
    static QString name(Actor actor);
    // Who can act and what they can do, one sentence: "You: enable it in your scope config in
    // Kombo's dashboard." `word` and `modelWord` as for whoCanAct(); `tool` is the tool's
    // label, plain text. Empty when `word` is Available.
    static QString advice(Availability word, Availability modelWord, const QString &tool);
};

} // namespace kombo
