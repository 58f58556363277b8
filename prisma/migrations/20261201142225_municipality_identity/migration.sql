-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "brandColor" TEXT NOT NULL DEFAULT '#0b5e3b',
ADD COLUMN     "heroAlt" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "heroPath" TEXT DEFAULT '/identiteit/hero.svg',
ADD COLUMN     "logoPath" TEXT NOT NULL DEFAULT '/identiteit/logo.svg';

-- The brand colour goes into the style of every page: only a hex colour is stored.
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_brandColor_hex" CHECK ("brandColor" ~ '^#[0-9a-fA-F]{6}$');
