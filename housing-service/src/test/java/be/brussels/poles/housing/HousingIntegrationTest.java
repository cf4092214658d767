package be.brussels.poles.housing;

import be.brussels.poles.housing.request.LocationRequestRepository;
import be.brussels.poles.kit.outbox.Outbox;
import be.brussels.poles.testsupport.PoleServiceIntegrationTest;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bson.Document;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running housing service with its stand-ins ({@link PoleServiceIntegrationTest}: one Spring
 * context for the whole suite), and what the housing tests share: citydev tokens, request bodies
 * and the stored requests.
 */
public abstract class HousingIntegrationTest extends PoleServiceIntegrationTest {

  @DynamicPropertySource
  static void housing(DynamicPropertyRegistry registry) {
    wire(registry, "housing-service", "housing");
    // the tests make their own sites; DemoInventoryTest checks the demo data
    registry.add("housing.demo-inventory", () -> "false");
  }

  /** A staff token for this service, as the gateway relays it. */
  protected static String staff(String username, String group, String... roles) {
    return IDP.user(username, group, roles).audience("housing-service", "crm-service").sign();
  }

  /** A citydev officer allowed to record. */
  protected static String officer() {
    return staff("olivia.officer", "/citydev", "advisor");
  }

  /** Today in Brussels, as the service sees it. */
  protected static LocalDate today() {
    return LocalDate.now(ZoneId.of("Europe/Brussels"));
  }

  /** A valid body: an office of 80-120 m² in Ixelles and Saint-Gilles from next month. */
  protected static String officeBody(String enterpriseNumber, String budget) {
    return "{\"enterpriseNumber\": \"" + enterpriseNumber + "\", \"unitType\": \"OFFICE\","
        + " \"surfaceMin\": 80, \"surfaceMax\": 120,"
        + (budget == null ? "" : " \"maxMonthlyBudget\": {\"currency\": \"EUR\", \"value\": \""
            + budget + "\"},")
        + " \"communes\": [\"IXELLES\", \"Sint-Gillis\"],"
        + " \"wantedFrom\": \"" + today().plusMonths(1) + "\"}";
  }

  /** Records an office request (budget EUR 2,500.00) and returns its id. */
  protected String recordOffice(String enterpriseNumber) {
    HttpResponse<String> response =
        rest().post("/location-requests", officer(), officeBody(enterpriseNumber, "2500.00"));
    if (response.statusCode() != 201) {
      throw new AssertionError("expected 201, got " + response.statusCode() + ": " + response.body());
    }
    return json(response).get("requestId").asString();
  }

  protected MongoCollection<Document> requests() {
    return database.getCollection(LocationRequestRepository.COLLECTION);
  }

  protected Document stored(String requestId) {
    return requests().find(Filters.eq("_id", requestId)).first();
  }

  /** Waits until no document has anything left to deliver. */
  protected void awaitOutboxDrained() {
    eventually().until(() -> requests().countDocuments(Filters.exists(Outbox.DUE_AT)) == 0);
  }

  // ---- inventory ---------------------------------------------------------------------------

  /** A site body of {@code type} in {@code commune}, sector focus {@code sectors} (JSON array). */
  protected static String siteBody(String name, String type, String commune, String sectors) {
    return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\","
        + " \"operator\": \"Test operator\", \"street\": \"Rue de Test 1\","
        + " \"postcode\": \"1000\", \"commune\": \"" + commune + "\","
        + " \"coordinates\": {\"latitude\": 50.85, \"longitude\": 4.35},"
        + " \"sectors\": " + sectors + ", \"services\": [\"reception\"]}";
  }

  /** Creates a site and returns its id. */
  protected String createSite(String type, String commune, String sectors) {
    return created(rest().post("/sites", officer(),
        siteBody("Site " + java.util.UUID.randomUUID(), type, commune, sectors))).get("siteId")
        .asString();
  }

  /** Adds a unit lettable from {@code from} and returns its id. */
  protected String addUnit(String siteId, String type, int surface, String price, LocalDate from) {
    return created(rest().post("/sites/" + siteId + "/units", officer(),
        "{\"type\": \"" + type + "\", \"reference\": \"U-" + surface + "\", \"surface\": "
            + surface + ", \"monthlyPrice\": {\"currency\": \"EUR\", \"value\": \"" + price
            + "\"}, \"availableFrom\": \"" + from + "\"}")).get("unitId").asString();
  }

  /** A lease body for {@code enterpriseNumber} from {@code start} to {@code end}. */
  protected static String leaseBody(String enterpriseNumber, LocalDate start, LocalDate end,
      String rent) {
    return "{\"enterpriseNumber\": \"" + enterpriseNumber + "\", \"start\": \"" + start
        + "\", \"end\": \"" + end + "\", \"monthlyRent\": {\"currency\": \"EUR\","
        + " \"value\": \"" + rent + "\"}}";
  }

  /** The body of a 201, or a failed assertion showing what came instead. */
  protected static tools.jackson.databind.JsonNode created(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      throw new AssertionError("expected 201, got " + response.statusCode() + ": "
          + response.body());
    }
    return json(response);
  }

  protected MongoCollection<Document> units() {
    return database.getCollection(be.brussels.poles.housing.inventory.UnitRepository.COLLECTION);
  }
}
