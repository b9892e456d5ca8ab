package io.estatewatch.filing.register.persistence;

import io.estatewatch.filing.register.domain.CompanyEntry;
import io.estatewatch.filing.register.domain.Contact;
import io.estatewatch.filing.register.domain.CreditCode;
import io.estatewatch.filing.register.domain.PropertyCompany;
import io.estatewatch.filing.store.AggregateDocument;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** A company as stored; the credit code is unique within the district. */
@Document(CompanyDocument.COLLECTION)
public class CompanyDocument extends AggregateDocument {

    public static final String COLLECTION = "companies";

    String districtId;
    String name;
    String creditCode;
    String contactName;
    String contactPhone;
    String qualificationNotes;
    Instant registeredAt;

    public static CompanyDocument of(PropertyCompany company) {
        CompanyDocument doc = new CompanyDocument();
        doc.id = company.id();
        doc.districtId = company.districtId();
        doc.registeredAt = company.registeredAt();
        CompanyEntry entry = company.entry();
        doc.name = entry.name();
        doc.creditCode = entry.creditCode().value();
        doc.contactName = entry.contact() == null ? null : entry.contact().name();
        doc.contactPhone = entry.contact() == null ? null : entry.contact().phone();
        doc.qualificationNotes = entry.qualificationNotes();
        return doc;
    }

    public PropertyCompany toDomain() {
        Contact contact = contactName == null && contactPhone == null ? null : new Contact(contactName, contactPhone);
        return PropertyCompany.restore(id, districtId, registeredAt,
                new CompanyEntry(name, new CreditCode(creditCode), contact, qualificationNotes));
    }

    public String getDistrictId() {
        return districtId;
    }
}
