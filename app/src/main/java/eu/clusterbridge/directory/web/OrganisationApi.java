package eu.clusterbridge.directory.web;

import java.net.URI;

import eu.clusterbridge.directory.OrganisationProfile;
import eu.clusterbridge.directory.Organisations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.web.PagedModel;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organisations over REST: public reading, authenticated changes (see the web module's security rules). */
@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "Cluster organisations and their members")
class OrganisationApi {

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "List organisations by name, a page at a time")
    PagedModel<OrganisationJson> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return new PagedModel<>(organisations.page(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100))).map(OrganisationJson::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationJson get(@PathVariable Long id) {
        return OrganisationJson.of(organisations.get(id));
    }

    @PostMapping
    @Operation(summary = "Create an organisation; its key is derived from the name")
    ResponseEntity<OrganisationJson> create(@RequestBody OrganisationProfile profile) {
        OrganisationJson created = OrganisationJson.of(organisations.create(profile));
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace an organisation's profile")
    OrganisationJson update(@PathVariable Long id, @RequestBody OrganisationProfile profile) {
        return OrganisationJson.of(organisations.update(id, profile));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an organisation; it leaves the partnerships it was in")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        organisations.delete(id);
        return ResponseEntity.noContent().build();
    }
}
