package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.Commune;
import java.util.List;

/** A checked request to add a site. */
public record NewSite(String name, SiteType type, String operator, String street,
    String postcode, Commune commune, Coordinates coordinates, List<Sector> sectors,
    List<String> services) {}
