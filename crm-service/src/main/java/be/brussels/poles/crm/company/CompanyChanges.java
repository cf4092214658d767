package be.brussels.poles.crm.company;

/**
 * Told of every company the directory or an import stores or changes, after the write, so that
 * derived views (the search index) follow without reading the database again.
 */
@FunctionalInterface
public interface CompanyChanges {

  void changed(Company company);
}
