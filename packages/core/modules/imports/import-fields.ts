import type { ImportObject } from "./schemas";

/**
 * The fields a column can be imported into, per object, with the header names that propose them.
 * Aliases are normalised (see `normalizeHeader`): lowercase letters and digits only. They cover the
 * export headers of HubSpot ("Phone Number", "Company Domain Name", "Contact owner"), Salesforce
 * ("Account Name", "Mailing Street", "Billing Zip/Postal Code", "Opportunity Name"), Pipedrive
 * ("Person - Email - Work", "Organization - Name", "Deal - Value"; the own-object prefix is removed
 * first), Zoho ("Contact Owner", "Closing Date", "Billing Code") and common generic names.
 */
type FieldSpec = { key: string; aliases: string[] };

const owner = (...extra: string[]): FieldSpec => ({
  key: "owner",
  aliases: ["owner", "ownername", "owneremail", "assignedto", "hubspotowner", "recordowner", ...extra],
});
const tags: FieldSpec = { key: "tags", aliases: ["tags", "tag", "labels", "label"] };
const companyName = (...extra: string[]): FieldSpec => ({
  key: "companyName",
  aliases: [
    "companyname",
    "company",
    "accountname",
    "account",
    "organization",
    "organizationname",
    "organisation",
    "organisationname",
    "associatedcompany",
    "firma",
    ...extra,
  ],
});

export const IMPORT_FIELDS: Record<ImportObject, FieldSpec[]> = {
  contacts: [
    { key: "firstName", aliases: ["firstname", "first", "givenname", "forename", "vorname"] },
    { key: "lastName", aliases: ["lastname", "last", "surname", "familyname", "nachname"] },
    { key: "fullName", aliases: ["name", "fullname", "contactname", "personname", "contact"] },
    {
      key: "email",
      aliases: [
        "email",
        "emailaddress",
        "email1",
        "primaryemail",
        "emailwork",
        "workemail",
        "mail",
        "emailadresse",
      ],
    },
    {
      key: "phone",
      aliases: [
        "phone",
        "phonenumber",
        "phonework",
        "workphone",
        "businessphone",
        "officephone",
        "telephone",
        "tel",
        "telefon",
      ],
    },
    {
      key: "mobile",
      aliases: [
        "mobile",
        "mobilephone",
        "mobilephonenumber",
        "phonemobile",
        "cell",
        "cellphone",
        "mobil",
        "handy",
      ],
    },
    { key: "title", aliases: ["title", "jobtitle", "position", "role"] },
    companyName(),
    { key: "leadStatus", aliases: ["leadstatus", "status"] },
    { key: "source", aliases: ["source", "leadsource", "originalsource", "contactsource"] },
    { key: "doNotContact", aliases: ["donotcontact", "emailoptout", "donotcall", "unsubscribed", "optout"] },
    owner("contactowner", "personowner"),
    tags,
  ],
  companies: [
    {
      key: "name",
      aliases: [
        "name",
        "companyname",
        "accountname",
        "organizationname",
        "organisationname",
        "organization",
        "organisation",
        "company",
        "account",
        "firma",
      ],
    },
    { key: "domain", aliases: ["domain", "companydomainname", "domainname", "emaildomain"] },
    { key: "website", aliases: ["website", "websiteurl", "url", "web", "homepage", "webseite"] },
    { key: "industry", aliases: ["industry", "sector", "branche"] },
    {
      key: "phone",
      aliases: ["phone", "phonenumber", "companyphone", "mainphone", "telephone", "tel", "telefon"],
    },
    {
      key: "street",
      aliases: [
        "street",
        "streetaddress",
        "address",
        "address1",
        "addressline1",
        "billingstreet",
        "billingaddress",
        "strasse",
      ],
    },
    { key: "city", aliases: ["city", "town", "billingcity", "ort", "stadt"] },
    {
      key: "region",
      aliases: [
        "region",
        "state",
        "stateregion",
        "province",
        "stateprovince",
        "county",
        "billingstate",
        "billingstateprovince",
      ],
    },
    {
      key: "postalCode",
      aliases: [
        "postalcode",
        "zip",
        "zipcode",
        "postcode",
        "billingzip",
        "billingzippostalcode",
        "billingpostalcode",
        "billingcode",
        "plz",
      ],
    },
    { key: "country", aliases: ["country", "countryregion", "billingcountry", "land"] },
    {
      key: "employees",
      aliases: ["numberofemployees", "employees", "employeecount", "noofemployees", "companysize", "size"],
    },
    { key: "annualRevenue", aliases: ["annualrevenue", "revenue"] },
    { key: "currency", aliases: ["currency", "annualrevenuecurrency", "revenuecurrency"] },
    owner("companyowner", "accountowner", "organizationowner"),
    tags,
  ],
  leads: [
    { key: "name", aliases: ["name", "fullname", "leadname"] },
    { key: "firstName", aliases: ["firstname", "first", "givenname", "vorname"] },
    { key: "lastName", aliases: ["lastname", "last", "surname", "nachname"] },
    { key: "email", aliases: ["email", "emailaddress", "primaryemail", "emailwork", "workemail", "mail"] },
    {
      key: "phone",
      aliases: [
        "phone",
        "phonenumber",
        "phonework",
        "mobile",
        "mobilephone",
        "mobilephonenumber",
        "telephone",
        "tel",
      ],
    },
    companyName(),
    { key: "source", aliases: ["source", "leadsource", "originalsource"] },
    { key: "status", aliases: ["status", "leadstatus"] },
    owner("leadowner"),
    tags,
  ],
  deals: [
    { key: "title", aliases: ["title", "dealname", "opportunityname", "name", "deal", "dealtitle"] },
    { key: "value", aliases: ["value", "amount", "dealvalue", "dealamount", "opportunityamount"] },
    {
      key: "currency",
      aliases: ["currency", "currencyofvalue", "dealcurrency", "amountcurrency", "opportunitycurrency"],
    },
    { key: "stage", aliases: ["stage", "dealstage", "stagename", "phase"] },
    { key: "pipeline", aliases: ["pipeline", "dealpipeline"] },
    {
      key: "expectedCloseDate",
      aliases: ["closedate", "expectedclosedate", "closingdate", "expectedclose", "expectedclosingdate"],
    },
    { key: "probability", aliases: ["probability", "probabilitypercent", "dealprobability"] },
    companyName(),
    { key: "contactEmail", aliases: ["contactemail", "personemail", "email", "primarycontactemail"] },
    owner("dealowner", "opportunityowner"),
    tags,
  ],
};

/** The field keys of `object` (custom fields come as "custom.<key>" on top). */
export const importFieldKeys = (object: ImportObject): string[] => IMPORT_FIELDS[object].map((f) => f.key);
