package be.brussels.poles.crm.kbo;

import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import java.util.Optional;

/** Where import jobs and their reports are kept. */
public interface KboImports {

  void save(KboImportJob job);

  Optional<KboImportJob> find(String importId);

  /** Newest first. */
  Page<KboImportJob> list(PageQuery page);
}
