package be.brussels.poles.crm.company;

import be.brussels.poles.crm.company.CompanyDirectory.Registration;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.security.CurrentCaller;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** REST for the gateway: register and look up companies by enterprise number (any notation). */
@RestController
@RequestMapping(path = "/companies", produces = MediaType.APPLICATION_JSON_VALUE)
public class CompanyController {

  private final CompanyDirectory directory;

  public CompanyController(CompanyDirectory directory) {
    this.directory = directory;
  }

  /** 201 with Location when created; 200 with the existing company when already registered. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CompanyResource> register(@RequestBody RegisterCompanyBody body) {
    Registration registration = directory.register(CurrentCaller.get(),
        EnterpriseNumber.parse(body.enterpriseNumber(), "enterpriseNumber"),
        CompanyName.parse(body.name(), "name"));
    CompanyResource resource = CompanyResource.of(registration.company());
    if (!registration.created()) {
      return ResponseEntity.ok(resource);
    }
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{number}")
        .buildAndExpand(resource.enterpriseNumber()).toUri();
    return ResponseEntity.created(location).body(resource);
  }

  @GetMapping("/{number}")
  public CompanyResource resolve(@PathVariable String number) {
    return CompanyResource.of(directory.resolve(CurrentCaller.get(),
        EnterpriseNumber.parse(number, "enterpriseNumber")));
  }

  /** Body of POST /companies. Unknown properties are refused (spring.jackson settings). */
  public record RegisterCompanyBody(String enterpriseNumber, String name) {}

  /**
   * A company in REST answers.
   *
   * @param enterpriseNumber canonical ten digits ("0403019261")
   * @param formattedNumber display form ("0403.019.261")
   */
  public record CompanyResource(String companyId, String enterpriseNumber, String formattedNumber,
      String name, Instant registeredAt) {

    static CompanyResource of(Company company) {
      return new CompanyResource(company.companyId(), company.enterpriseNumber().value(),
          company.enterpriseNumber().formatted(), company.name().value(), company.registeredAt());
    }
  }
}
