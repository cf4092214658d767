package be.brussels.poles.guidance.file;

import be.brussels.poles.kit.crm.CompanyLookup;
import be.brussels.poles.kit.crm.CrmCompanyDirectory;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.error.AccessDeniedException;
import be.brussels.poles.kit.error.BusinessRuleException;
import be.brussels.poles.kit.error.NotFoundException;
import be.brussels.poles.kit.input.ListQuery;
import be.brussels.poles.kit.input.Page;
import be.brussels.poles.kit.security.Caller;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening and reading guidance files, with access decided on every call. The CRM is asked who
 * the company is (with the user's token), never told inline: the journey event leaves through
 * the outbox.
 */
public class GuidanceFileService {

  private static final Logger log = LoggerFactory.getLogger(GuidanceFileService.class);

  private final GuidanceFileRepository files;
  private final CrmCompanyDirectory companies;
  private final Clock clock;

  public GuidanceFileService(GuidanceFileRepository files, CrmCompanyDirectory companies,
      Clock clock) {
    this.files = files;
    this.companies = companies;
    this.clock = clock;
  }

  /**
   * Opens a file for the caller's agency, with the caller as adviser. A company the CRM does
   * not know is refused; a CRM that does not answer does not stop the adviser: the file is
   * recorded unverified and the journey event reaches the CRM when it is back.
   */
  public GuidanceFile open(Caller caller, OpenGuidanceFileRequest request) {
    GuidanceFileAccess.requireMayOpen(caller);
    OpenGuidanceFile command = GuidanceFileInput.open(request);
    // refuse a package the agency may not open before bothering the CRM
    GuidanceFile.requireMayOpen(command.packageType(), caller.requireAgency());
    CompanyLookup company = companies.resolve(command.enterpriseNumber());
    String name = "";
    boolean verified = false;
    switch (company.status()) {
      case UNKNOWN:
        throw new BusinessRuleException("enterpriseNumber", "is not registered in the CRM");
      case FOUND:
        name = company.name();
        verified = true;
        break;
      case UNAVAILABLE:
      default:
        log.warn("CRM unavailable: opening an unverified guidance file for {}",
            command.enterpriseNumber());
        break;
    }
    GuidanceFile file = GuidanceFile.open(command.enterpriseNumber(), name, verified,
        command.packageType(), caller.requireAgency(),
        new Adviser(caller.displayName(), caller.email()), command.note(), clock.instant());
    files.insert(file, file.openedEvent());
    return file;
  }

  public GuidanceFile get(Caller caller, UUID fileId) {
    GuidanceFileAccess.requireMayRead(caller);
    return files.findById(fileId)
        .orElseThrow(() -> new NotFoundException("no guidance file " + fileId));
  }

  public Page<GuidanceFile> list(Caller caller, ListQuery query) {
    GuidanceFileAccess.requireMayRead(caller);
    return files.page(query);
  }

  /** The company's open files for the 360 view: headline data only, for any partner agency. */
  public List<GuidanceFile> openFilesOf(Caller caller, EnterpriseNumber company) {
    if (!GuidanceFileAccess.maySeeSummary(caller)) {
      throw new AccessDeniedException(
          "the caller may not read guidance summaries");
    }
    return files.openFilesOf(company);
  }

  /**
   * The "guidance required" rule: the company's open files (newest first), for the financing
   * pole's service account and for staff (see {@link GuidanceFileAccess#mayCheckOpenFile}).
   */
  public List<GuidanceFile> checkOpenFiles(Caller caller, EnterpriseNumber company) {
    if (!GuidanceFileAccess.mayCheckOpenFile(caller)) {
      throw new AccessDeniedException("the caller may not check for open guidance files");
    }
    return files.openFilesOf(company);
  }
}
