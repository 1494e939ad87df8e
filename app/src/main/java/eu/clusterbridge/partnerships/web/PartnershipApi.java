package eu.clusterbridge.partnerships.web;

import java.net.URI;
import java.util.List;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.PartnershipProfile;
import eu.clusterbridge.partnerships.Partnerships;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partnerships over REST: public reading, authenticated changes. */
@RestController
@RequestMapping("/api/partnerships")
@Tag(name = "Partnerships", description = "ESCP-4i, ESCP-S3, INNOSUP-1 and other cluster partnerships")
class PartnershipApi {

    private final Partnerships partnerships;
    private final Organisations organisations;

    PartnershipApi(Partnerships partnerships, Organisations organisations) {
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "All partnerships, by programme and list number")
    List<PartnershipJson> list() {
        List<Partnership> all = partnerships.all();
        var byId = organisations.byIds(all.stream().flatMap(p -> p.getPartners().stream()).map(Partner::organisationId).toList());
        return all.stream().map(p -> PartnershipJson.of(p, byId)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partnership with its partners")
    PartnershipJson get(@PathVariable Long id) {
        return json(partnerships.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a partnership; partners refer to organisations by id")
    ResponseEntity<PartnershipJson> create(@RequestBody PartnershipProfile profile) {
        PartnershipJson created = json(partnerships.create(profile));
        return ResponseEntity.created(URI.create("/api/partnerships/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a partnership's profile and partners")
    PartnershipJson update(@PathVariable Long id, @RequestBody PartnershipProfile profile) {
        return json(partnerships.update(id, profile));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a partnership")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        partnerships.delete(id);
        return ResponseEntity.noContent().build();
    }

    private PartnershipJson json(Partnership partnership) {
        return PartnershipJson.of(partnership,
                organisations.byIds(partnership.getPartners().stream().map(Partner::organisationId).toList()));
    }
}
