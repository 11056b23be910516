// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>

// Whether anything was painted on `image`: some pixel is not fully transparent.
inline bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}
