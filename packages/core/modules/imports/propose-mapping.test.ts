import { describe, expect, it } from "vitest";
import { proposeMapping } from "./propose-mapping";

// Header rows as the vendors' export files write them (default views of their CSV/XLSX exports).
const mapped = (headers: string[], object: Parameters<typeof proposeMapping>[1], custom = []) =>
  Object.fromEntries(Object.entries(proposeMapping(headers, object, custom)).filter(([, v]) => v !== null));

describe("proposeMapping: contacts", () => {
  it("HubSpot contacts export", () => {
    const headers = [
      "Record ID",
      "First Name",
      "Last Name",
      "Email",
      "Phone Number",
      "Contact owner",
      "Lead Status",
      "Marketing contact status",
      "Create Date",
      "Company Name",
      "Job Title",
      "Lifecycle Stage",
      "Mobile Phone Number",
    ];
    expect(mapped(headers, "contacts")).toEqual({
      "First Name": "firstName",
      "Last Name": "lastName",
      Email: "email",
      "Phone Number": "phone",
      "Contact owner": "owner",
      "Lead Status": "leadStatus",
      "Company Name": "companyName",
      "Job Title": "title",
      "Mobile Phone Number": "mobile",
    });
  });

  it("Salesforce contacts report", () => {
    const headers = [
      "Contact Owner",
      "Salutation",
      "First Name",
      "Last Name",
      "Title",
      "Account Name",
      "Mailing Street",
      "Mailing City",
      "Mailing State/Province",
      "Mailing Zip/Postal Code",
      "Mailing Country",
      "Phone",
      "Mobile",
      "Email",
      "Lead Source",
      "Email Opt Out",
      "Created Date",
    ];
    expect(mapped(headers, "contacts")).toEqual({
      "Contact Owner": "owner",
      "First Name": "firstName",
      "Last Name": "lastName",
      Title: "title",
      "Account Name": "companyName",
      Phone: "phone",
      Mobile: "mobile",
      Email: "email",
      "Lead Source": "source",
      "Email Opt Out": "doNotContact",
    });
  });

  it("Pipedrive people export (object-prefixed columns)", () => {
    const headers = [
      "Person - ID",
      "Person - Name",
      "Person - First name",
      "Person - Last name",
      "Person - Label",
      "Person - Organization",
      "Person - Email - Work",
      "Person - Email - Home",
      "Person - Phone - Work",
      "Person - Phone - Mobile",
      "Person - Owner",
      "Person - Job title",
      "Organization - Name",
    ];
    expect(mapped(headers, "contacts")).toEqual({
      "Person - Name": "fullName",
      "Person - First name": "firstName",
      "Person - Last name": "lastName",
      "Person - Label": "tags",
      "Person - Organization": "companyName",
      "Person - Email - Work": "email",
      "Person - Phone - Work": "phone",
      "Person - Phone - Mobile": "mobile",
      "Person - Owner": "owner",
      "Person - Job title": "title",
    });
  });

  it("Zoho contacts export", () => {
    const headers = [
      "Record Id",
      "Contact Owner",
      "Lead Source",
      "First Name",
      "Last Name",
      "Account Name",
      "Email",
      "Title",
      "Department",
      "Phone",
      "Mobile",
      "Mailing Street",
      "Mailing City",
      "Email Opt Out",
      "Created Time",
    ];
    expect(mapped(headers, "contacts")).toEqual({
      "Contact Owner": "owner",
      "Lead Source": "source",
      "First Name": "firstName",
      "Last Name": "lastName",
      "Account Name": "companyName",
      Email: "email",
      Title: "title",
      Phone: "phone",
      Mobile: "mobile",
      "Email Opt Out": "doNotContact",
    });
  });

  it("generic headers in other spellings and languages, and custom fields by label or key", () => {
    const custom = [
      { key: "lifecycle_stage", label: "Lifecycle Stage" },
      { key: "twitter", label: "Twitter handle" },
    ];
    expect(
      mapped(
        ["first_name", "Nachname", "E-Mail", "Telefon", "Lifecycle Stage", "twitter", "Notes"],
        "contacts",
        custom as never,
      ),
    ).toEqual({
      first_name: "firstName",
      Nachname: "lastName",
      "E-Mail": "email",
      Telefon: "phone",
      "Lifecycle Stage": "custom.lifecycle_stage",
      twitter: "custom.twitter",
    });
  });
});

describe("proposeMapping: companies and deals", () => {
  it("HubSpot, Salesforce, Pipedrive and Zoho company exports", () => {
    expect(
      mapped(
        [
          "Record ID",
          "Company name",
          "Company owner",
          "Phone Number",
          "City",
          "Country/Region",
          "Industry",
          "Company Domain Name",
          "Website URL",
          "Number of Employees",
          "Annual Revenue",
          "State/Region",
          "Postal Code",
          "Street Address",
        ],
        "companies",
      ),
    ).toEqual({
      "Company name": "name",
      "Company owner": "owner",
      "Phone Number": "phone",
      City: "city",
      "Country/Region": "country",
      Industry: "industry",
      "Company Domain Name": "domain",
      "Website URL": "website",
      "Number of Employees": "employees",
      "Annual Revenue": "annualRevenue",
      "State/Region": "region",
      "Postal Code": "postalCode",
      "Street Address": "street",
    });
    expect(
      mapped(
        [
          "Account Owner",
          "Account Name",
          "Type",
          "Billing Street",
          "Billing City",
          "Billing State/Province",
          "Billing Zip/Postal Code",
          "Billing Country",
          "Phone",
          "Website",
          "Employees",
        ],
        "companies",
      ),
    ).toEqual({
      "Account Owner": "owner",
      "Account Name": "name",
      "Billing Street": "street",
      "Billing City": "city",
      "Billing State/Province": "region",
      "Billing Zip/Postal Code": "postalCode",
      "Billing Country": "country",
      Phone: "phone",
      Website: "website",
      Employees: "employees",
    });
    expect(
      mapped(
        ["Organization - Name", "Organization - Owner", "Organization - Address", "Organization - Label"],
        "companies",
      ),
    ).toEqual({
      "Organization - Name": "name",
      "Organization - Owner": "owner",
      "Organization - Address": "street",
      "Organization - Label": "tags",
    });
    expect(mapped(["Account Owner", "Account Name", "Billing Code", "Billing State"], "companies")).toEqual({
      "Account Owner": "owner",
      "Account Name": "name",
      "Billing Code": "postalCode",
      "Billing State": "region",
    });
  });

  it("HubSpot, Salesforce, Pipedrive and Zoho deal exports", () => {
    expect(
      mapped(
        [
          "Record ID",
          "Deal Name",
          "Deal Stage",
          "Close Date",
          "Deal owner",
          "Amount",
          "Pipeline",
          "Associated Company",
        ],
        "deals",
      ),
    ).toEqual({
      "Deal Name": "title",
      "Deal Stage": "stage",
      "Close Date": "expectedCloseDate",
      "Deal owner": "owner",
      Amount: "value",
      Pipeline: "pipeline",
      "Associated Company": "companyName",
    });
    expect(
      mapped(
        [
          "Opportunity Owner",
          "Account Name",
          "Opportunity Name",
          "Stage",
          "Close Date",
          "Amount",
          "Probability (%)",
        ],
        "deals",
      ),
    ).toEqual({
      "Opportunity Owner": "owner",
      "Account Name": "companyName",
      "Opportunity Name": "title",
      Stage: "stage",
      "Close Date": "expectedCloseDate",
      Amount: "value",
      "Probability (%)": "probability",
    });
    expect(
      mapped(
        [
          "Deal - Title",
          "Deal - Value",
          "Deal - Currency of Value",
          "Deal - Organization",
          "Deal - Owner",
          "Deal - Stage",
          "Deal - Pipeline",
          "Deal - Expected close date",
          "Person - Email",
        ],
        "deals",
      ),
    ).toEqual({
      "Deal - Title": "title",
      "Deal - Value": "value",
      "Deal - Currency of Value": "currency",
      "Deal - Organization": "companyName",
      "Deal - Owner": "owner",
      "Deal - Stage": "stage",
      "Deal - Pipeline": "pipeline",
      "Deal - Expected close date": "expectedCloseDate",
      "Person - Email": "contactEmail",
    });
    expect(
      mapped(
        ["Deal Owner", "Deal Name", "Account Name", "Amount", "Closing Date", "Stage", "Contact Name"],
        "deals",
      ),
    ).toEqual({
      "Deal Owner": "owner",
      "Deal Name": "title",
      "Account Name": "companyName",
      Amount: "value",
      "Closing Date": "expectedCloseDate",
      Stage: "stage",
    });
  });

  it("proposes each field once: the first matching column wins", () => {
    expect(proposeMapping(["Email", "E-mail address"], "contacts")).toEqual({
      Email: "email",
      "E-mail address": null,
    });
  });
});
