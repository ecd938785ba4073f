package org.tiaojie.statistics.internal;

import org.tiaojie.cases.api.statistics.FigureSource;

/** The modules' figure sources (Blueprint matches a constructor's generic parameter, so each kind is a class). */
public class FigureSources extends Sources<FigureSource> {
}
