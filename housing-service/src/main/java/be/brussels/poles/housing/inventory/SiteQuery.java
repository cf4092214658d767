package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import be.brussels.poles.kit.input.PageQuery;
import java.util.Optional;

/** A checked {@code GET /sites}: optional filters, one page, sorted by name. */
public record SiteQuery(Optional<SiteType> type, Optional<Commune> commune,
    Optional<Sector> sector, PageQuery page) {}
