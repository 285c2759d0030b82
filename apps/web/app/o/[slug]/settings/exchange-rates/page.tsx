// /o/[slug]/settings/exchange-rates – the org's exchange rates (everyone reads, admins maintain)
export {
  ExchangeRatesPage as default,
  generateMetadata,
} from "@/features/exchange-rates/exchange-rates-page";
