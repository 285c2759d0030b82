// The en messages, one file per namespace. A new namespace is a new JSON file here and in every other locale.
import activities from "./activities.json";
import apiDocs from "./apiDocs.json";
import app from "./app.json";
import auth from "./auth.json";
import board from "./board.json";
import common from "./common.json";
import companies from "./companies.json";
import contacts from "./contacts.json";
import customFields from "./customFields.json";
import deals from "./deals.json";
import demo from "./demo.json";
import duplicates from "./duplicates.json";
import enums from "./enums.json";
import errors from "./errors.json";
import exchangeRates from "./exchangeRates.json";
import exports from "./exports.json";
import history from "./history.json";
import home from "./home.json";
import imports from "./imports.json";
import leads from "./leads.json";
import myDay from "./myDay.json";
import notifications from "./notifications.json";
import pipelineSettings from "./pipelineSettings.json";
import records from "./records.json";
import roles from "./roles.json";
import search from "./search.json";
import settings from "./settings.json";
import sharing from "./sharing.json";
import shell from "./shell.json";
import tasks from "./tasks.json";
import trash from "./trash.json";
import validation from "./validation.json";
import views from "./views.json";

export default {
  activities,
  apiDocs,
  app,
  auth,
  board,
  common,
  companies,
  contacts,
  customFields,
  deals,
  demo,
  duplicates,
  enums,
  errors,
  exchangeRates,
  exports,
  history,
  home,
  imports,
  leads,
  myDay,
  notifications,
  pipelineSettings,
  records,
  roles,
  search,
  settings,
  sharing,
  shell,
  tasks,
  trash,
  validation,
  views,
};
