package be.brussels.poles.crm.team;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.input.PageQuery;
import java.util.Optional;

/** Where company teams are kept, one document per company. */
public interface TeamStore {

  Optional<CompanyTeam> find(EnterpriseNumber company);

  /**
   * Writes {@code team} (its version + 1) if the stored one is still at {@code team.version()}
   * (0: none stored yet).
   *
   * @return false when someone else wrote it since
   */
  boolean save(CompanyTeam team);

  /** Key accounts, newest flag first; only those whose KAM is {@code kamUsername} if given. */
  Page<CompanyTeam> keyAccounts(Optional<String> kamUsername, PageQuery page);

  /** How many companies are flagged key accounts (indicators). */
  long countKeyAccounts();
}
